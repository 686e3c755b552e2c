/**
 * LARC waits, flows and community share on DuckDB-WASM, against ten hand-made requests whose
 * answers are worked out by hand below. As at 31 March 2026; period from 1 January 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { waitsByReasonAndLocality, type WaitsRow } from '$lib/queries/larcWaits';
import { larcFlows } from '$lib/queries/larcFlows';
import { communityShareByMonth, communityShareByPcn } from '$lib/queries/larcCommunityShare';
import { openHandMadeDatabase } from '../support/handMadeTables';

const AS_AT = '2026-03-31';
const FROM = '2026-01-01';
const TARGETS = { gynaecologicalWeeks: 18, contraceptiveWeeks: 6 };
const weeks = (days: number) => days / 7;

let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		practices: `SELECT * FROM (VALUES ('P1', 'U1', 'Thurrock'), ('P2', 'U2', 'Mid Essex'))
			t(practice_code, pcn_code, locality)`,
		pcns: `SELECT * FROM (VALUES ('U1', 'PCN One', 'Thurrock'), ('U2', 'PCN Two', 'Mid Essex'))
			t(pcn_code, pcn_name, locality)`,
		larc_requests: `SELECT id::INTEGER AS request_id, practice_code, 'U' || right(practice_code, 1) AS pcn_code,
				'45-54' AS age_band, reason, request_date::DATE AS request_date, fit_date::DATE AS fit_date,
				setting, removal_date::DATE AS removal_date
			FROM (VALUES
				(1,  'P1', 'gynaecological', '2026-01-01', '2026-02-26', 'hub',            NULL),  -- fitted after 56 days
				(2,  'P1', 'gynaecological', '2026-01-08', '2026-03-05', 'secondary_care', NULL),  -- fitted after 56 days
				(3,  'P1', 'gynaecological', '2026-02-01', NULL,         'secondary_care', NULL),  -- waiting 58 days
				(4,  'P1', 'gynaecological', '2025-10-01', NULL,         'secondary_care', NULL),  -- waiting 181 days
				(5,  'P1', 'contraceptive',  '2026-03-01', '2026-03-15', 'primary_care',   NULL),  -- fitted after 14 days
				(6,  'P1', 'contraceptive',  '2026-03-10', NULL,         'primary_care',   NULL),  -- waiting 21 days
				(7,  'P2', 'gynaecological', '2026-01-15', '2026-02-12', 'primary_care',   NULL),  -- fitted after 28 days
				(8,  'P2', 'gynaecological', '2026-02-20', NULL,         'hub',            '2026-03-01'), -- removed
				(9,  'P2', 'contraceptive',  '2026-02-01', NULL,         'primary_care',   NULL),  -- waiting 58 days
				(10, 'P2', 'gynaecological', '2026-03-20', NULL,         'hub',            NULL)   -- waiting 11 days
			) t(id, practice_code, reason, request_date, fit_date, setting, removal_date)`
	});
});

afterAll(async () => {
	await db.close();
});

describe('waitsByReasonAndLocality', () => {
	let rows: WaitsRow[];
	const find = (locality: string, reason: string, status: string) =>
		rows.find((r) => r.locality === locality && r.reason === reason && r.status === status);

	beforeAll(async () => {
		rows = await waitsByReasonAndLocality(db, {
			filter: {},
			period: { asAt: AS_AT, from: FROM },
			targets: TARGETS
		});
	});

	it('measures those still waiting: list size, median and 92nd percentile, within target', () => {
		expect(find('Thurrock', 'gynaecological', 'waiting')).toMatchObject({
			patients: 2,
			within_target: 1 // 58 days is within 18 weeks; 181 days is not
		});
		expect(find('Thurrock', 'gynaecological', 'waiting')?.median_weeks).toBeCloseTo(
			weeks((58 + 181) / 2),
			12
		);
		const icb = find('Mid and South Essex', 'gynaecological', 'waiting');
		expect(icb?.patients).toBe(3); // requests 3, 4 and 10
		expect(icb?.is_total).toBe(true);
		expect(find('Thurrock', 'gynaecological', 'waiting')?.is_total).toBe(false);
		expect(icb?.median_weeks).toBeCloseTo(weeks(58), 12);
		// Interpolated 92nd percentile of 11, 58, 181 days: position 0.92 × 2 = 1.84.
		expect(icb?.p92_weeks).toBeCloseTo(weeks(58 + 0.84 * (181 - 58)), 12);
		expect(find('Mid Essex', 'contraceptive', 'waiting')).toMatchObject({
			patients: 1,
			within_target: 0
		});
		expect(find('Thurrock', 'contraceptive', 'waiting')).toMatchObject({
			patients: 1,
			within_target: 1
		});
	});

	it('measures completed fits in the period from request to fit', () => {
		expect(find('Thurrock', 'gynaecological', 'fitted')).toMatchObject({
			patients: 2,
			median_weeks: 8
		});
		expect(find('Mid Essex', 'gynaecological', 'fitted')).toMatchObject({
			patients: 1,
			median_weeks: 4
		});
		expect(find('Mid and South Essex', 'gynaecological', 'fitted')).toMatchObject({
			patients: 3,
			median_weeks: 8
		});
		expect(find('Thurrock', 'contraceptive', 'fitted')).toMatchObject({
			patients: 1,
			median_weeks: 2
		});
	});

	it('narrows to a PCN through a bound parameter', async () => {
		const pcn = await waitsByReasonAndLocality(db, {
			filter: { pcnCode: 'U2' },
			period: { asAt: AS_AT, from: FROM },
			targets: TARGETS
		});
		expect(pcn.filter((r) => r.locality === 'Thurrock')).toEqual([]);
	});
});

describe('larcFlows', () => {
	it('gives weekly demand, fits and removals over the last 13 weeks, and the queue', async () => {
		const rows = await larcFlows(db, { filter: {}, asAt: AS_AT });
		const thurrock = rows.find((r) => r.locality === 'Thurrock' && r.reason === 'gynaecological');
		// Requests after 30 Dec 2025: 1, 2, 3 (not 4, made in October); fits: 1, 2.
		expect(thurrock).toMatchObject({
			demand_per_week: 3 / 13,
			fits_per_week: 2 / 13,
			removals_per_week: 0,
			fits_and_removals_per_week: 2 / 13,
			queue_size: 2,
			// The 13-week counts behind the weekly figures, for disclosure control.
			requests: 3,
			fits: 2,
			removals: 0,
			fits_and_removals: 2
		});
		const midEssex = rows.find((r) => r.locality === 'Mid Essex' && r.reason === 'gynaecological');
		// Requests 7, 8, 10; request 7 fitted and request 8 removed: two women left the list.
		expect(midEssex).toMatchObject({
			demand_per_week: 3 / 13,
			fits_per_week: 1 / 13,
			removals_per_week: 1 / 13,
			fits_and_removals_per_week: 2 / 13,
			queue_size: 1,
			requests: 3,
			fits: 1,
			removals: 1,
			fits_and_removals: 2
		});
		const icbGynae = rows.find((r) => r.is_total && r.reason === 'gynaecological');
		// Fits 1, 2, 7 and removal 8.
		expect(icbGynae?.fits_and_removals_per_week).toBe(4 / 13);
		// Localities first, then the total rows.
		expect(rows.map((r) => `${r.locality}|${r.reason}`)).toEqual([
			'Mid Essex|contraceptive',
			'Mid Essex|gynaecological',
			'Thurrock|contraceptive',
			'Thurrock|gynaecological',
			'Mid and South Essex|contraceptive',
			'Mid and South Essex|gynaecological'
		]);
		const icb = rows.find(
			(r) => r.locality === 'Mid and South Essex' && r.reason === 'contraceptive'
		);
		expect(icb).toMatchObject({ demand_per_week: 3 / 13, fits_per_week: 1 / 13, queue_size: 2 });
	});
});

describe('community share of gynaecological LARC', () => {
	const period = { from: FROM, to: AS_AT };

	it('counts primary care and hub fits against all gynaecological fits, by month', async () => {
		expect(await communityShareByMonth(db, { filter: {}, period })).toEqual([
			{ month_end: '2026-02-28', community_fits: 2, all_fits: 2 }, // requests 1 (hub) and 7 (primary care)
			{ month_end: '2026-03-31', community_fits: 0, all_fits: 1 } // request 2 (secondary care)
		]);
	});

	it('and by PCN', async () => {
		expect(await communityShareByPcn(db, { filter: {}, period })).toEqual([
			{
				pcn_code: 'U2',
				pcn_name: 'PCN Two',
				locality: 'Mid Essex',
				community_fits: 1,
				all_fits: 1
			},
			{ pcn_code: 'U1', pcn_name: 'PCN One', locality: 'Thurrock', community_fits: 1, all_fits: 2 }
		]);
	});
});

describe('community share on the built extract', () => {
	it('agrees with native DuckDB, formulated differently, for every PCN', async () => {
		const { openNodeDatabaseWithData } = await import('$lib/server/duckdbWasmNode');
		const { reportingPeriod } = await import('$lib/data/period');
		const { openNativeDuckdb } = await import('../support/nativeDuckdb');
		const { db: built, manifest } = await openNodeDatabaseWithData('static/data', [
			'larc_requests',
			'practices',
			'pcns'
		]);
		const period = reportingPeriod(manifest, 'larc_requests');
		const rows = await communityShareByPcn(built, { filter: {}, period });
		const native = await openNativeDuckdb();
		const expected = await native.rows(`
			SELECT pcn_code,
				sum(CASE WHEN setting <> 'secondary_care' THEN 1 ELSE 0 END)::INTEGER AS community,
				count(*)::INTEGER AS total
			FROM 'static/data/larc_requests.parquet'
			WHERE reason = 'gynaecological' AND fit_date >= DATE '${period.from}' AND fit_date <= DATE '${period.to}'
			GROUP BY pcn_code`);
		native.close();
		await built.close();
		expect(rows).toHaveLength(expected.length);
		for (const row of rows) {
			const match = expected.find((e) => e.pcn_code === row.pcn_code);
			expect([row.community_fits, row.all_fits], row.pcn_code).toEqual([
				match?.community,
				match?.total
			]);
		}
		expect(rows.some((r) => r.community_fits > 0)).toBe(true);
	});
});
