/**
 * Cancer waiting-time performance queries on DuckDB-WASM in Node: on a hand-made
 * cancer_waiting_times (CCG rows summed, a count not published, the October 2023 change of the
 * 62-day standard's routes), and on the built extract against native DuckDB and the published
 * CSV files read as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';
import {
	CWT_MEASURES,
	cancerStandardPerformance,
	type CwtMeasure
} from '$lib/queries/cancerStandards';
import { openHandMadeDatabase } from '../support/handMadeTables';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { publishedNumber, readReferenceCsv } from '../support/rawCsv';

const [FDS_GYNAE_USC, FDS_GYNAE_SCREENING] = CWT_MEASURES.faster_diagnosis_28d.gynaecological;
const [FDS_ALL] = CWT_MEASURES.faster_diagnosis_28d.all;
const [SIXTY_TWO_ALL] = CWT_MEASURES.treatment_62d.all;
const [SIXTY_TWO_GYNAE_ALL_ROUTES] = CWT_MEASURES.treatment_62d.gynaecological;

describe('cancerStandardPerformance on a hand-made extract', () => {
	let db: AnalyticsDatabase;

	beforeAll(async () => {
		db = await openHandMadeDatabase({
			cancer_waiting_times: `SELECT period::DATE AS period, org_code, 'x' AS org_name, org_level,
				standard, 28 AS threshold_days, route AS referral_route, cancer_type,
				stage AS treatment_stage, modality AS treatment_modality,
				total::INTEGER AS total, within::INTEGER AS within_standard,
				(total - within)::INTEGER AS after_standard, 'hand' AS source_file
			FROM (VALUES
				('2021-07-01', 'A', 'CCG', 'faster_diagnosis_28d', 'all_routes', NULL, NULL, NULL, 100, 80),
				('2021-07-01', 'B', 'CCG', 'faster_diagnosis_28d', 'all_routes', NULL, NULL, NULL, 50, 30),
				('2022-07-01', 'QH8', 'ICB', 'faster_diagnosis_28d', 'all_routes', NULL, NULL, NULL, NULL, 5),
				('2024-07-01', 'QH8', 'ICB', 'faster_diagnosis_28d', 'urgent_suspected_cancer', 'Suspected gynaecological cancer', NULL, NULL, 614, 361),
				('2024-07-01', 'QH8', 'ICB', 'faster_diagnosis_28d', 'screening', 'Suspected gynaecological cancer', NULL, NULL, 17, 13),
				('2024-07-01', 'QH8', 'ICB', 'faster_diagnosis_28d', 'urgent_suspected_cancer', 'Suspected skin cancer', NULL, NULL, 9, 9),
				('2023-07-01', 'QH8', 'ICB', 'treatment_62d', 'urgent_suspected_cancer', NULL, NULL, NULL, 276, 159),
				('2023-07-01', 'QH8', 'ICB', 'treatment_62d', 'screening', NULL, NULL, NULL, 28, 14),
				('2024-07-01', 'QH8', 'ICB', 'treatment_62d', 'all_routes', NULL, NULL, NULL, 533, 277),
				('2024-07-01', 'QH8', 'ICB', 'treatment_62d', 'urgent_suspected_cancer', NULL, NULL, NULL, 346, 155),
				('2024-07-01', 'QH8', 'ICB', 'treatment_62d', 'all_routes', NULL, NULL, 'Surgery', 252, 123),
				('2024-07-01', 'QH8', 'ICB', 'treatment_62d', 'all_routes', 'Gynaecological', NULL, NULL, 20, 5),
				('2024-07-01', 'QH8', 'ICB', 'treatment_31d', NULL, NULL, 'all', NULL, 1172, 975)
			) t(period, org_code, org_level, standard, route, cancer_type, stage, modality, total, within)`
		});
	});

	afterAll(async () => {
		await db.close();
	});

	it('sums the former CCGs and keeps a count that was not published as null', async () => {
		expect(await cancerStandardPerformance(db, { measure: FDS_ALL })).toEqual([
			{
				period: '2021-07-01',
				referral_route: 'all_routes',
				org_level: 'CCG',
				organisations: 2,
				total: 150,
				within_standard: 110
			},
			{
				period: '2022-07-01',
				referral_route: 'all_routes',
				org_level: 'ICB',
				organisations: 1,
				total: null,
				within_standard: 5
			}
		]);
	});

	it('picks one route and one suspected cancer', async () => {
		const usc = await cancerStandardPerformance(db, { measure: FDS_GYNAE_USC });
		expect(usc.map((r) => [r.period, r.total, r.within_standard])).toEqual([
			['2024-07-01', 614, 361]
		]);
		const screening = await cancerStandardPerformance(db, { measure: FDS_GYNAE_SCREENING });
		expect(screening.map((r) => [r.total, r.within_standard])).toEqual([[17, 13]]);
	});

	it('follows the 62-day standard from urgent GP referrals to all routes in October 2023', async () => {
		const rows = await cancerStandardPerformance(db, { measure: SIXTY_TWO_ALL });
		// Not the modality row, not the USC row after the change, not the screening row before it.
		expect(rows.map((r) => [r.period, r.referral_route, r.total, r.within_standard])).toEqual([
			['2023-07-01', 'urgent_suspected_cancer', 276, 159],
			['2024-07-01', 'all_routes', 533, 277]
		]);
		const gynae = await cancerStandardPerformance(db, { measure: SIXTY_TWO_GYNAE_ALL_ROUTES });
		expect(gynae.map((r) => [r.total, r.within_standard])).toEqual([[20, 5]]);
	});
});

describe('cancerStandardPerformance on the built extract', () => {
	let db: AnalyticsDatabase;

	beforeAll(async () => {
		db = (await openNodeDatabaseWithData('static/data', ['cancer_waiting_times'])).db;
	});

	afterAll(async () => {
		await db.close();
	});

	it('gives July 2024 suspected gynaecological cancer, USC route, exactly as the published file', async () => {
		const published = readReferenceCsv('cwt_commissioner_QH8_2024-07_28_day_fds_by_route.csv').find(
			(r) =>
				r['REFERRAL ROUTE'] === 'URGENT SUSPECTED CANCER' &&
				r['SUSPECTED CANCER OR BREAST SYMPTOMATIC (2)'] === 'Suspected gynaecological cancer'
		)!;
		const [row] = await cancerStandardPerformance(db, { measure: FDS_GYNAE_USC });
		expect(row.period).toBe('2024-07-01');
		expect(row.total).toBe(publishedNumber(published.TOTAL));
		expect(row.within_standard).toBe(publishedNumber(published['WITHIN 28 DAYS']));
		expect([row.total, row.within_standard]).toEqual([614, 361]);
		// The file's own "TOLD WITHIN 28 DAYS" proportion, 0.587947882736156, to 58.8 %.
		expect(row.within_standard! / row.total!).toBeCloseTo(
			Number(published['TOLD WITHIN 28 DAYS']),
			12
		);
	});

	it('gives the 62-day all-cancer figures of the published files, in each era', async () => {
		const rows = await cancerStandardPerformance(db, { measure: SIXTY_TWO_ALL });
		const partA = readReferenceCsv('cwt_commissioner_QH8_2024-07_62_day_all_cancer.csv').find(
			(r) => r.part === 'PART A: ALL ROUTES'
		)!;
		expect(rows.find((r) => r.period === '2024-07-01')).toMatchObject({
			referral_route: 'all_routes',
			total: publishedNumber(partA.TOTAL),
			within_standard: publishedNumber(partA['WITHIN 62 DAYS'])
		});
		const long = readReferenceCsv('cwt_commissioner_mse_jul2021-2023.csv').filter(
			(r) => r.sheet === '62-DAY (ALL CANCER)' && r.period === 'PERIOD: JUL 2021/22'
		);
		expect(long).toHaveLength(5);
		expect(rows.find((r) => r.period === '2021-07-01')).toMatchObject({
			org_level: 'CCG',
			organisations: 5,
			total: long.reduce((sum, r) => sum + publishedNumber(r.TOTAL), 0),
			within_standard: long.reduce((sum, r) => sum + publishedNumber(r.WITHIN), 0)
		});
	});

	it('agrees with native DuckDB for every measure', async () => {
		const native = await openNativeDuckdb();
		const measures: CwtMeasure[] = Object.values(CWT_MEASURES).flatMap((byCancer) =>
			Object.values(byCancer).flat()
		);
		for (const measure of measures) {
			const route = (before: boolean) => (before ? measure.routeBefore : measure.routeFrom);
			const expected = await native.rows(`
				SELECT strftime(period, '%Y-%m-%d') AS period, sum(total)::INTEGER AS total,
					sum(within_standard)::INTEGER AS within_standard
				FROM 'static/data/cancer_waiting_times.parquet'
				WHERE standard = '${measure.standard}'
					AND ((period < DATE '2023-10-01' AND referral_route = '${route(true)}')
						OR (period >= DATE '2023-10-01' AND referral_route = '${route(false)}'))
					AND cancer_type IS NOT DISTINCT FROM ${measure.cancerType === null ? 'NULL' : `'${measure.cancerType}'`}
					AND treatment_modality IS NULL AND treatment_stage IS NULL
				GROUP BY period ORDER BY period`);
			const rows = await cancerStandardPerformance(db, { measure });
			expect(
				rows.map((r) => ({ period: r.period, total: r.total, within_standard: r.within_standard })),
				measure.key
			).toEqual(expected);
			expect(rows.length, measure.key).toBeGreaterThan(0);
		}
		native.close();
	});
});
