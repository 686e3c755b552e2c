/**
 * The waiting-list query, run on DuckDB-WASM in Node exactly as the browser runs it:
 * on a small hand-made extract whose answer is worked out by hand, and on the full built
 * extract cross-checked month by month against native DuckDB with a different formulation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnalyticsDatabase } from '$lib/data/database';
import {
	decodeParquetNode,
	openNodeDatabase,
	openNodeDatabaseWithData
} from '$lib/server/duckdbWasmNode';
import { waitingListAtMonthEnd, type WaitingListRow } from '$lib/queries/larcWaitingList';
import { reportingPeriod } from '$lib/data/period';
import { openNativeDuckdb, type NativeDuckdb } from '../support/nativeDuckdb';
import { openHandMadeDatabase } from '../support/handMadeTables';

const DATA_DIR = 'static/data';
const JAN_FEB_2026 = { from: '2026-01-01', to: '2026-02-28' };

let native: NativeDuckdb;
beforeAll(async () => {
	native = await openNativeDuckdb();
});
afterAll(() => native.close());

describe('waitingListAtMonthEnd on a hand-made extract', () => {
	let db: AnalyticsDatabase;

	beforeAll(async () => {
		// Two practices in two localities; seven requests across January and February 2026.
		db = await openHandMadeDatabase({
			practices: `SELECT * FROM (VALUES ('P1', 'U1', 'Grays PCN', 'Thurrock'),
					('P2', 'U2', 'Chelmsford PCN', 'Mid Essex'))
				t(practice_code, pcn_code, pcn_name, locality)`,
			larc_requests: `SELECT request_id::INTEGER AS request_id, practice_code,
					'U' || right(practice_code, 1) AS pcn_code, '35-44' AS age_band, reason,
					request_date::DATE AS request_date, fit_date::DATE AS fit_date, removal_date::DATE AS removal_date
				FROM (VALUES
					(1, 'P1', 'gynaecological', '2026-01-05', NULL, NULL),          -- waiting both months
					(2, 'P1', 'gynaecological', '2026-01-10', '2026-01-31', NULL),  -- fitted on Jan month end: not waiting
					(3, 'P1', 'gynaecological', '2026-01-20', '2026-02-10', NULL),  -- waiting Jan only
					(4, 'P1', 'contraceptive',  '2026-01-31', NULL, '2026-02-01'),  -- waiting Jan, removed in Feb
					(5, 'P2', 'contraceptive',  '2026-02-28', NULL, NULL),          -- joins on Feb month end
					(6, 'P2', 'gynaecological', '2026-02-01', '2026-02-02', NULL),  -- in and out within Feb
					(7, 'P2', 'contraceptive',  '2026-01-15', NULL, NULL)           -- waiting both months
				) t(request_id, practice_code, reason, request_date, fit_date, removal_date)`
		});
	});

	afterAll(async () => {
		await db.close();
	});

	it('counts each woman still waiting at each month end, by locality and reason', async () => {
		const rows = await waitingListAtMonthEnd(db, JAN_FEB_2026);
		const value = (month: string, locality: string, reason: string) =>
			rows.find((r) => r.month_end === month && r.locality === locality && r.reason === reason)
				?.waiting;
		// January 31st: Thurrock gynae = requests 1 and 3; Thurrock contraceptive = request 4.
		expect(value('2026-01-31', 'Thurrock', 'gynaecological')).toBe(2);
		expect(value('2026-01-31', 'Thurrock', 'contraceptive')).toBe(1);
		expect(value('2026-01-31', 'Mid Essex', 'contraceptive')).toBe(1);
		expect(value('2026-01-31', 'Mid Essex', 'gynaecological')).toBe(0);
		// February 28th: Thurrock gynae = request 1 only; Mid Essex contraceptive = 5 and 7.
		expect(value('2026-02-28', 'Thurrock', 'gynaecological')).toBe(1);
		expect(value('2026-02-28', 'Thurrock', 'contraceptive')).toBe(0);
		expect(value('2026-02-28', 'Mid Essex', 'contraceptive')).toBe(2);
		expect(value('2026-02-28', 'Mid Essex', 'gynaecological')).toBe(0);
		expect(rows).toHaveLength(2 * 2 * 2);
	});

	it("counts those within their reason's target wait", async () => {
		// Thurrock gynae on 31 Jan: request 1 has waited 26 days (3.7 weeks), request 3 11 days.
		const within = async (gynaecologicalWeeks: number) =>
			(
				await waitingListAtMonthEnd(
					db,
					JAN_FEB_2026,
					{},
					{ gynaecologicalWeeks, contraceptiveWeeks: 6 }
				)
			).find(
				(r) =>
					r.month_end === '2026-01-31' && r.locality === 'Thurrock' && r.reason === 'gynaecological'
			)?.within_target;
		expect(await within(18)).toBe(2);
		expect(await within(3)).toBe(1);
		expect(await within(1)).toBe(0);
	});

	it('filters to one locality, or one PCN, through bound parameters', async () => {
		const rows = await waitingListAtMonthEnd(db, JAN_FEB_2026, { locality: 'Mid Essex' });
		expect(new Set(rows.map((r) => r.locality))).toEqual(new Set(['Mid Essex']));
		// Rows are ordered by month end, locality, reason ('contraceptive' < 'gynaecological').
		expect(rows.map((r) => r.waiting)).toEqual([1, 0, 2, 0]);
		const byPcn = await waitingListAtMonthEnd(db, JAN_FEB_2026, { pcnCode: 'U1' });
		expect(byPcn.map((r) => r.waiting)).toEqual([1, 2, 0, 1]);
		const noneOfThatAge = await waitingListAtMonthEnd(db, JAN_FEB_2026, { ageBand: '15-24' });
		expect(noneOfThatAge.every((r) => r.waiting === 0)).toBe(true);
	});

	it("labels rows with the chosen PCN's name, not its locality", async () => {
		const byPcn = await waitingListAtMonthEnd(db, JAN_FEB_2026, { pcnCode: 'U1' });
		expect(byPcn).toHaveLength(2 * 2);
		expect(new Set(byPcn.map((r) => r.area))).toEqual(new Set(['Grays PCN']));
		// The practice's locality is still recorded, for colours and rates by locality.
		expect(new Set(byPcn.map((r) => r.locality))).toEqual(new Set(['Thurrock']));
		const byLocality = await waitingListAtMonthEnd(db, JAN_FEB_2026, { locality: 'Thurrock' });
		expect(new Set(byLocality.map((r) => r.area))).toEqual(new Set(['Thurrock']));
		const everywhere = await waitingListAtMonthEnd(db, JAN_FEB_2026);
		expect(everywhere.every((r) => r.area === r.locality)).toBe(true);
	});

	it('never reaches the network: the built Parquet file reaches a query locally', async () => {
		const [{ n: expected }] = await native.rows(
			`SELECT count(*)::INTEGER AS n FROM '${DATA_DIR}/larc_requests.parquet'`
		);
		const realFetch = globalThis.fetch;
		const attempts: string[] = [];
		globalThis.fetch = (async (input: RequestInfo | URL) => {
			attempts.push(String(input));
			throw new Error('network unavailable');
		}) as typeof fetch;
		try {
			const offline = await openNodeDatabase();
			const bytes = new Uint8Array(await readFile(path.join(DATA_DIR, 'larc_requests.parquet')));
			await offline.insertArrowIpc('larc_requests', decodeParquetNode(bytes));
			const table = await offline.query('SELECT count(*)::INTEGER AS n FROM larc_requests');
			expect(table.getChild('n')?.get(0)).toBe(expected);
			await offline.close();
		} finally {
			globalThis.fetch = realFetch;
		}
		expect(attempts).toEqual([]);
	});
});

describe('waitingListAtMonthEnd on the built extract', () => {
	let db: AnalyticsDatabase;
	let rows: WaitingListRow[];

	beforeAll(async () => {
		const opened = await openNodeDatabaseWithData(DATA_DIR, ['larc_requests', 'practices']);
		db = opened.db;
		rows = await waitingListAtMonthEnd(db, reportingPeriod(opened.manifest, 'larc_requests'));
	});

	afterAll(async () => {
		await db.close();
	});

	it('covers 36 month ends × 4 localities × 2 reasons', () => {
		expect(new Set(rows.map((r) => r.month_end)).size).toBe(36);
		expect(rows).toHaveLength(36 * 4 * 2);
	});

	it('agrees with native DuckDB, formulated differently, at every month end', async () => {
		const expected = await native.rows(`
			SELECT strftime(m.month_end, '%Y-%m-%d') AS month_end, p.locality, r.reason,
				sum(CASE WHEN r.request_date <= m.month_end
					AND coalesce(r.fit_date, DATE '9999-12-31') > m.month_end
					AND coalesce(r.removal_date, DATE '9999-12-31') > m.month_end THEN 1 ELSE 0 END)::INTEGER AS waiting
			FROM (SELECT DISTINCT last_day(request_date) AS month_end FROM '${DATA_DIR}/larc_requests.parquet') m
			CROSS JOIN '${DATA_DIR}/larc_requests.parquet' r
			JOIN '${DATA_DIR}/practices.parquet' p ON p.practice_code = r.practice_code
			GROUP BY ALL`);
		const key = (r: { month_end: unknown; locality: unknown; reason: unknown }) =>
			`${r.month_end}|${r.locality}|${r.reason}`;
		const expectedByKey = new Map(expected.map((r) => [key(r as WaitingListRow), r.waiting]));
		for (const row of rows) expect(row.waiting, key(row)).toBe(expectedByKey.get(key(row)) ?? 0);
		expect(rows.reduce((s, r) => s + r.waiting, 0)).toBeGreaterThan(0);
	});
});
