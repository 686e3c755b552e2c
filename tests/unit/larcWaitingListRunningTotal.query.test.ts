/**
 * The waiting list at month ends is counted as a running total of joins and exits
 * (larcWaitingList.ts), because the plain definition — join every month end to every request
 * still open at it — grows as months × requests. This test takes the plain definition, word for
 * word as the dashboard used to run it (tests/support/larcWaitingListDefinition.ts), and checks that both give identical rows, on both
 * engines, for a hand-made extract full of edge cases, several periods, filters and targets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '../../src/lib/data/database';
import type { Period } from '../../src/lib/data/datasets';
import type { LarcFilter } from '../../src/lib/queries/larcFilter';
import { waitingListAtMonthEnd } from '../../src/lib/queries/larcWaitingList';
import type { WaitTargets } from '../../src/lib/queries/larcWaits';
import { openNativeDatabase } from '../../src/lib/server/duckdbNative';
import { openHandMadeDatabase } from '../support/handMadeTables';
import { waitingListByDefinition } from '../support/larcWaitingListDefinition';

const PRACTICES = `SELECT * FROM (VALUES ('P1', 'U1', 'Grays PCN', 'Thurrock'),
		('P2', 'U2', 'Chelmsford PCN', 'Mid Essex'))
	t(practice_code, pcn_code, pcn_name, locality)`;

/** Every way a request can sit against the month ends of January to March 2026. */
const REQUESTS = `SELECT request_id::INTEGER AS request_id, practice_code,
		'U' || right(practice_code, 1) AS pcn_code, age_band, reason,
		request_date::DATE AS request_date, fit_date::DATE AS fit_date, removal_date::DATE AS removal_date
	FROM (VALUES
		(1,  'P1', '35-44', 'gynaecological', '2026-01-05', NULL,         NULL),          -- still open
		(2,  'P1', '35-44', 'gynaecological', '2026-01-10', '2026-01-31', NULL),          -- fitted on a month end
		(3,  'P1', '35-44', 'gynaecological', '2026-01-20', '2026-02-01', NULL),          -- fitted the day after one
		(4,  'P1', '25-34', 'contraceptive',  '2026-01-31', NULL,         '2026-02-15'),  -- made on a month end, removed
		(5,  'P2', '25-34', 'contraceptive',  '2026-02-28', NULL,         '2026-02-28'),  -- made and removed on a month end
		(6,  'P2', '15-24', 'gynaecological', '2026-02-01', '2026-02-02', NULL),          -- in and out within a month
		(7,  'P2', '55-64', 'contraceptive',  '2026-01-15', NULL,         NULL),          -- outside the contraceptive rate ages
		(8,  'P2', '65+',   'gynaecological', '2025-06-30', NULL,         NULL),          -- before the period, still open
		(9,  'P1', '45-54', 'gynaecological', '2025-05-01', '2025-12-31', NULL),          -- before the period, fitted before it
		(10, 'P1', '45-54', 'gynaecological', '2025-11-15', '2026-01-31', NULL),          -- before the period, fitted on its first month end
		(11, 'P2', '35-44', 'gynaecological', '2026-04-02', NULL,         NULL),          -- made after the last month end
		(12, 'P2', '35-44', 'contraceptive',  '2026-03-31', '2026-05-01', NULL),          -- made on the last month end, fitted after it
		(13, 'P1', '35-44', 'gynaecological', '2026-02-10', '2026-02-10', NULL),          -- fitted the day it was made
		(14, 'P1', '35-44', 'gynaecological', '2026-03-05', '2026-02-20', NULL),          -- fit recorded before the request
		(15, 'P1', '35-44', 'contraceptive',  '2026-01-10', '2026-03-20', '2026-02-05'),  -- removed, then fitted
		(16, 'P2', '25-34', 'contraceptive',  '2026-01-17', NULL,         NULL),          -- exactly 6 weeks on 28 February
		(17, 'P2', '25-34', 'contraceptive',  '2026-01-16', NULL,         NULL),          -- 6 weeks and a day on 28 February
		(18, 'P1', '35-44', 'gynaecological', '2025-11-25', NULL,         NULL),          -- exactly 18 weeks on 31 March
		(19, 'P1', '35-44', 'gynaecological', '2025-11-24', NULL,         '2026-04-10'),  -- 18 weeks and a day on 31 March
		(20, 'P2', '35-44', 'gynaecological', NULL,         NULL,         NULL)           -- no request date
	) t(request_id, practice_code, age_band, reason, request_date, fit_date, removal_date)`;

const PERIODS: Period[] = [
	{ from: '2026-01-01', to: '2026-03-31' },
	{ from: '2026-02-01', to: '2026-02-28' },
	{ from: '2025-06-01', to: '2026-04-30' }
];
const FILTERS: LarcFilter[] = [
	{},
	{ locality: 'Thurrock' },
	{ pcnCode: 'U2' },
	{ ageBand: '25-34' },
	{ ageBand: '65+' }
];
const TARGETS: WaitTargets[] = [
	{ gynaecologicalWeeks: 18, contraceptiveWeeks: 6 },
	{ gynaecologicalWeeks: 18, contraceptiveWeeks: 1 },
	{ gynaecologicalWeeks: 18, contraceptiveWeeks: 52 }
];

describe.each([
	['DuckDB-WASM', () => openHandMadeDatabase({ practices: PRACTICES, larc_requests: REQUESTS })],
	[
		'native DuckDB',
		async () => {
			const db = await openNativeDatabase();
			await db.rows(`CREATE TABLE practices AS ${PRACTICES}`);
			await db.rows(`CREATE TABLE larc_requests AS ${REQUESTS}`);
			return db;
		}
	]
] as const)('the waiting list as a running total, on %s', (_engine, open) => {
	let db: AnalyticsDatabase;
	beforeAll(async () => {
		db = await open();
	});
	afterAll(async () => {
		await db.close();
	});

	it('gives exactly the rows of the definition for every period, filter and target', async () => {
		for (const period of PERIODS) {
			for (const filter of FILTERS) {
				for (const targets of TARGETS) {
					const expected = await waitingListByDefinition(db, { period, filter, targets });
					const actual = await waitingListAtMonthEnd(db, { period, filter, targets });
					expect(actual, JSON.stringify({ period, filter, targets })).toEqual(expected);
				}
			}
		}
	});

	it('counts the edge cases as worked out by hand', async () => {
		const rows = await waitingListAtMonthEnd(db, { period: PERIODS[0] });
		const at = (month: string, locality: string, reason: string) =>
			rows.find((r) => r.month_end === month && r.locality === locality && r.reason === reason);
		// 31 Jan, Thurrock gynae: 1, 3, 18, 19 (2 and 10 fitted on the day; 9 long gone; 13 and 14 later).
		expect(at('2026-01-31', 'Thurrock', 'gynaecological')?.waiting).toBe(4);
		// 28 Feb, Mid Essex contraceptive: 7, 16, 17 (5 made and removed that day).
		expect(at('2026-02-28', 'Mid Essex', 'contraceptive')).toMatchObject({
			waiting: 3,
			// 16 has waited exactly 6 weeks (within), 17 a day longer; 7 is 6 weeks and 2 days.
			within_target: 1,
			// 7 is 55–64, outside the contraceptive rate's ages (15–54).
			waiting_in_rate_ages: 2
		});
		// 31 Mar, Thurrock gynae: 1, 18, 19; 18 has waited exactly 18 weeks, 19 a day longer.
		expect(at('2026-03-31', 'Thurrock', 'gynaecological')).toMatchObject({
			waiting: 3,
			within_target: 2
		});
		// 31 Mar, Mid Essex contraceptive: 7, 16, 17, and 12 made that day.
		expect(at('2026-03-31', 'Mid Essex', 'contraceptive')?.waiting).toBe(4);
		// 31 Mar, Thurrock contraceptive: 15 was removed on 5 Feb, so its later fit changes nothing.
		expect(at('2026-03-31', 'Thurrock', 'contraceptive')?.waiting).toBe(0);
	});
});
