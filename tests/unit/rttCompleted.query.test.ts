/**
 * The RTT queries on DuckDB-WASM in Node: on a hand-made rtt_completed with answers worked out by
 * hand (including a band that was not published), and on the built extract, checked against
 * native DuckDB and against the figures printed in the published CSV files themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';
import {
	GYNAECOLOGY_SERVICE,
	rttMonthlySummary,
	rttWeeklyBands,
	type RttMonthRow
} from '$lib/queries/rttCompleted';
import { percentileFromWeeklyBands } from '$lib/stats/weeklyBandPercentile';
import { openHandMadeDatabase } from '../support/handMadeTables';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { publishedNumber, readReferenceCsv } from '../support/rawCsv';

describe('RTT queries on a hand-made extract', () => {
	let db: AnalyticsDatabase;

	beforeAll(async () => {
		db = await openHandMadeDatabase({
			rtt_completed: `SELECT period::DATE AS period, 'RAJ' AS provider_code,
				code AS treatment_function_code, 'x' AS treatment_function_name, pathway,
				weeks_from::INTEGER AS weeks_from, weeks_to::INTEGER AS weeks_to,
				patients::INTEGER AS patients, 'hand' AS source_file
			FROM (VALUES
				('2025-09-01', 'C_502', 'admitted', 0, 1, 3),
				('2025-09-01', 'C_502', 'admitted', 17, 18, 2),
				('2025-09-01', 'C_502', 'admitted', 18, 19, 4),
				('2025-09-01', 'C_502', 'admitted', 51, 52, 1),
				('2025-09-01', 'C_502', 'admitted', 52, 53, 5),
				('2025-09-01', 'C_502', 'admitted', 104, NULL, 1),
				('2025-09-01', 'C_502', 'non_admitted', 0, 1, 7),
				('2025-09-01', 'C_502', 'non_admitted', 1, 2, NULL),
				('2025-09-01', 'C_502', 'non_admitted', 60, 61, 2),
				('2025-09-01', 'C_100', 'admitted', 0, 1, 99),
				('2025-10-01', 'C_502', 'admitted', 0, 1, 10),
				('2025-10-01', 'C_502', 'admitted', 52, 53, 0)
			) t(period, code, pathway, weeks_from, weeks_to, patients)`
		});
	});

	afterAll(async () => {
		await db.close();
	});

	it('counts completed pathways, those within 18 weeks and those over 52 weeks', async () => {
		const rows = await rttMonthlySummary(db, { treatmentFunction: GYNAECOLOGY_SERVICE });
		expect(rows).toEqual([
			// 3 + 2 + 4 + 1 + 5 + 1 = 16; within 18 (bands up to >17-18) = 5; over 52 (>52-53 up) = 6.
			{
				period: '2025-09-01',
				pathway: 'admitted',
				completed: 16,
				within_18_weeks: 5,
				over_52_weeks: 6
			},
			// One band not published: the total and within-18 are not published; >52 bands are.
			{
				period: '2025-09-01',
				pathway: 'non_admitted',
				completed: null,
				within_18_weeks: null,
				over_52_weeks: 2
			},
			{
				period: '2025-10-01',
				pathway: 'admitted',
				completed: 10,
				within_18_weeks: 10,
				over_52_weeks: 0
			}
		] satisfies RttMonthRow[]);
	});

	it('returns the weekly bands of one treatment function only, nulls kept', async () => {
		const bands = await rttWeeklyBands(db, { treatmentFunction: GYNAECOLOGY_SERVICE });
		expect(bands).toHaveLength(11);
		expect(
			bands.find((b) => b.pathway === 'non_admitted' && b.weeks_from === 1)?.patients
		).toBeNull();
		expect(bands.some((b) => b.patients === 99)).toBe(false);
	});
});

describe('RTT queries on the built extract', () => {
	let db: AnalyticsDatabase;
	let summary: RttMonthRow[];
	const find = (period: string, pathway: string) =>
		summary.find((r) => r.period === period && r.pathway === pathway)!;

	beforeAll(async () => {
		db = (await openNodeDatabaseWithData('static/data', ['rtt_completed'])).db;
		summary = await rttMonthlySummary(db, { treatmentFunction: GYNAECOLOGY_SERVICE });
	});

	afterAll(async () => {
		await db.close();
	});

	it('agrees with native DuckDB, formulated differently', async () => {
		const native = await openNativeDuckdb();
		const expected = await native.rows(`
			SELECT strftime(period, '%Y-%m-%d') AS period, pathway,
				sum(patients)::INTEGER AS completed,
				sum(CASE WHEN weeks_from < 18 THEN patients ELSE 0 END)::INTEGER AS within_18_weeks,
				sum(CASE WHEN weeks_from > 51 THEN patients ELSE 0 END)::INTEGER AS over_52_weeks
			FROM 'static/data/rtt_completed.parquet' WHERE treatment_function_code = 'C_502'
			GROUP BY ALL ORDER BY period, pathway`);
		native.close();
		expect(summary).toEqual(expected);
		expect(summary).toHaveLength(6);
	});

	it('reproduces the published gynaecology figures printed in the RTT files', () => {
		const row = (file: string) =>
			readReferenceCsv(file).find(
				(r) =>
					(r.Treatment_function_code ??
						r.Treatment_Function_Code ??
						r['Treatment Function Code']) === 'C_502'
			)!;
		// Admitted, September 2025: wait_0_18 " 91", wait_52_plus " 95", completed " 223".
		const admittedSep = row('rtt_raj_completed_admitted_2025-09.csv');
		expect(find('2025-09-01', 'admitted')).toMatchObject({
			within_18_weeks: publishedNumber(admittedSep.wait_0_18),
			over_52_weeks: publishedNumber(admittedSep.wait_52_plus),
			completed: publishedNumber(admittedSep.completed_pathways)
		});
		// Non-admitted, November 2025: Wait_0_18 " 1,015" (thousands separator), over 52 " 263".
		const nonAdmittedNov = row('rtt_raj_completed_nonadmitted_2025-11.csv');
		expect(find('2025-11-01', 'non_admitted')).toMatchObject({
			within_18_weeks: publishedNumber(nonAdmittedNov.Wait_0_18),
			over_52_weeks: publishedNumber(nonAdmittedNov.Wait_52_plus),
			completed: publishedNumber(nonAdmittedNov.Completed_Pathways)
		});
		expect(find('2025-11-01', 'non_admitted').within_18_weeks).toBe(1015);
		// Non-admitted, September 2025 (official workbook extract): "Total 52 plus weeks" 255.
		const official = row('rtt_raj_completed_nonadmitted_2025-09_official.csv');
		expect(find('2025-09-01', 'non_admitted')).toMatchObject({
			over_52_weeks: publishedNumber(official['Total 52 plus weeks']),
			completed: publishedNumber(
				official['Total number of completed pathways (with a known clock start)']
			)
		});
	});

	it('estimates the median and 95th percentile as NHS England publishes them', async () => {
		const bands = await rttWeeklyBands(db, { treatmentFunction: GYNAECOLOGY_SERVICE });
		const estimate = (period: string, pathway: string, p: number) => {
			const result = percentileFromWeeklyBands(
				bands
					.filter((b) => b.period === period && b.pathway === pathway)
					.map((b) => ({ weeksFrom: b.weeks_from, weeksTo: b.weeks_to, patients: b.patients })),
				p
			);
			if (result.kind !== 'weeks') throw new Error(`no estimate for ${period} ${pathway}`);
			return result.weeks;
		};
		// Files whose median and 95th percentile headers sit over their own values.
		const admittedSep = readReferenceCsv('rtt_raj_completed_admitted_2025-09.csv').find(
			(r) => r.Treatment_function_code === 'C_502'
		)!;
		expect(estimate('2025-09-01', 'admitted', 0.5)).toBeCloseTo(
			publishedNumber(admittedSep.median_wait),
			1
		);
		expect(estimate('2025-09-01', 'admitted', 0.95)).toBeCloseTo(
			publishedNumber(admittedSep.percentile_95),
			1
		);
		const official = readReferenceCsv('rtt_raj_completed_nonadmitted_2025-09_official.csv').find(
			(r) => r['Treatment Function Code'] === 'C_502'
		)!;
		// The official extract prints them unrounded: 9.61538461538461 and 59.1961538461538.
		expect(estimate('2025-09-01', 'non_admitted', 0.5)).toBeCloseTo(
			publishedNumber(official['Average (median) waiting time (in weeks)']),
			9
		);
		expect(estimate('2025-09-01', 'non_admitted', 0.95)).toBeCloseTo(
			publishedNumber(official['95th percentile waiting time (in weeks)']),
			9
		);
	});
});
