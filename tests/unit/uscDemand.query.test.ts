/**
 * Urgent suspected cancer demand queries on DuckDB-WASM in Node: published demand (real) and the
 * synthetic monthly and by-PCN referrals, on hand-made tables with hand-worked answers and on the
 * built extracts against native DuckDB and the published CSV files read as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { reportingPeriod } from '$lib/data/period';
import { openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';
import { uscPublishedDemand } from '$lib/queries/uscPublished';
import { uscMonthlyReferrals, uscReferralsByPcn } from '$lib/queries/uscReferrals';
import { openHandMadeDatabase } from '../support/handMadeTables';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { publishedNumber, readReferenceCsv } from '../support/rawCsv';

const JUNE_JULY_2024 = { from: '2024-06-01', to: '2024-07-31' };

describe('USC demand queries on hand-made tables', () => {
	let db: AnalyticsDatabase;

	beforeAll(async () => {
		db = await openHandMadeDatabase({
			cancer_waiting_times: `SELECT period::DATE AS period, org_code, org_level, standard,
				route AS referral_route, cancer_type, NULL::VARCHAR AS treatment_modality,
				total::INTEGER AS total
			FROM (VALUES
				('2021-07-01', 'A', 'CCG', 'two_week_wait', 'urgent_suspected_cancer', NULL, 100),
				('2021-07-01', 'B', 'CCG', 'two_week_wait', 'urgent_suspected_cancer', NULL, 50),
				('2021-07-01', 'A', 'CCG', 'two_week_wait_breast_symptomatic', 'breast_symptomatic', NULL, 9),
				('2023-07-01', 'QH8', 'ICB', 'two_week_wait', 'urgent_suspected_cancer', NULL, 300),
				('2024-07-01', 'QH8', 'ICB', 'usc_first_appointment', 'urgent_suspected_cancer', 'Suspected gynaecological cancer', 40),
				('2024-07-01', 'QH8', 'ICB', 'usc_first_appointment', 'urgent_suspected_cancer', 'Suspected skin cancer', 60),
				('2024-07-01', 'QH8', 'ICB', 'usc_first_appointment', 'urgent_suspected_cancer', 'Suspected lung cancer', NULL),
				('2024-07-01', 'QH8', 'ICB', 'faster_diagnosis_28d', 'urgent_suspected_cancer', 'Suspected gynaecological cancer', 614)
			) t(period, org_code, org_level, standard, route, cancer_type, total)`,
			usc_referrals: `SELECT month::DATE AS month, pcn_code, locality, suspected_cancer,
				referrals::INTEGER AS referrals, women::DOUBLE AS women_registered
			FROM (VALUES
				('2024-06-01', 'U1', 'Mid Essex', 'gynaecological', 3, 1000),
				('2024-06-01', 'U1', 'Mid Essex', 'other', 10, 1000),
				('2024-06-01', 'U2', 'Thurrock', 'gynaecological', 5, 2000),
				('2024-06-01', 'U2', 'Thurrock', 'other', 20, 2000),
				('2024-07-01', 'U1', 'Mid Essex', 'gynaecological', 4, 1000),
				('2024-07-01', 'U1', 'Mid Essex', 'other', 11, 1000),
				('2024-07-01', 'U2', 'Thurrock', 'gynaecological', 6, 2000),
				('2024-07-01', 'U2', 'Thurrock', 'other', 21, 2000)
			) t(month, pcn_code, locality, suspected_cancer, referrals, women)`,
			pcns: `SELECT * FROM (VALUES ('U1', 'PCN one'), ('U2', 'PCN two')) t(pcn_code, pcn_name)`
		});
	});

	afterAll(async () => {
		await db.close();
	});

	it('gives published demand by month: CCGs summed, gynaecological where published, blanks not 0', async () => {
		expect(await uscPublishedDemand(db)).toEqual([
			{
				period: '2021-07-01',
				measure: 'two_week_wait',
				org_level: 'CCG',
				organisations: 2,
				all_cancers: 150,
				gynaecological: null
			},
			{
				period: '2023-07-01',
				measure: 'two_week_wait',
				org_level: 'ICB',
				organisations: 1,
				all_cancers: 300,
				gynaecological: null
			},
			// One suspected cancer not published: the all-cancer total is not published either.
			{
				period: '2024-07-01',
				measure: 'usc_first_appointment',
				org_level: 'ICB',
				organisations: 1,
				all_cancers: null,
				gynaecological: 40
			}
		]);
	});

	it('totals synthetic referrals by month, for gynaecological or all suspected cancers', async () => {
		expect(
			await uscMonthlyReferrals(db, { cancer: 'gynaecological', period: JUNE_JULY_2024 })
		).toEqual([
			{ month: '2024-06-01', referrals: 8, women_registered: 3000 },
			{ month: '2024-07-01', referrals: 10, women_registered: 3000 }
		]);
		const all = await uscMonthlyReferrals(db, {
			cancer: 'all',
			period: { from: '2024-07-01', to: '2024-07-31' }
		});
		expect(all).toEqual([{ month: '2024-07-01', referrals: 42, women_registered: 3000 }]);
	});

	it('totals synthetic referrals by PCN over a period, with the PCN name', async () => {
		expect(
			await uscReferralsByPcn(db, { cancer: 'gynaecological', period: JUNE_JULY_2024 })
		).toEqual([
			{
				pcn_code: 'U1',
				pcn_name: 'PCN one',
				locality: 'Mid Essex',
				referrals: 7,
				women_registered: 1000,
				months: 2
			},
			{
				pcn_code: 'U2',
				pcn_name: 'PCN two',
				locality: 'Thurrock',
				referrals: 11,
				women_registered: 2000,
				months: 2
			}
		]);
		const all = await uscReferralsByPcn(db, { cancer: 'all', period: JUNE_JULY_2024 });
		expect(all.map((r) => r.referrals)).toEqual([28, 52]);
	});
});

describe('USC demand queries on the built extracts', () => {
	let db: AnalyticsDatabase;
	let period: { from: string; to: string };

	beforeAll(async () => {
		const opened = await openNodeDatabaseWithData('static/data', [
			'cancer_waiting_times',
			'usc_referrals',
			'pcns'
		]);
		db = opened.db;
		period = reportingPeriod(opened.manifest, 'usc_referrals');
	});

	afterAll(async () => {
		await db.close();
	});

	it('gives the published July totals of the CSV files', async () => {
		const rows = await uscPublishedDemand(db);
		const foa = readReferenceCsv('cwt_commissioner_QH8_2024-07_usc_referral_to_foa.csv');
		const gynae = foa.find(
			(r) => r['SUSPECTED TYPE OF CANCER'] === 'Suspected gynaecological cancer'
		)!;
		expect(rows.find((r) => r.period === '2024-07-01')).toEqual({
			period: '2024-07-01',
			measure: 'usc_first_appointment',
			org_level: 'ICB',
			organisations: 1,
			all_cancers: foa.reduce((s, r) => s + publishedNumber(r.TOTAL), 0),
			gynaecological: publishedNumber(gynae.TOTAL)
		});
		const july2023 = readReferenceCsv('cwt_commissioner_mse_jul2021-2023.csv').find(
			(r) => r.sheet === 'TWO WEEK WAIT-ALL CANCER' && r.period === 'PERIOD: JUL 2023/24'
		)!;
		expect(rows.find((r) => r.period === '2023-07-01')?.all_cancers).toBe(
			publishedNumber(july2023.TOTAL)
		);
		expect(rows.map((r) => [r.period, r.all_cancers, r.gynaecological])).toEqual([
			['2021-07-01', 5084, null],
			['2022-07-01', 5294, null],
			['2023-07-01', 6326, null],
			['2024-07-01', 6181, 547]
		]);
	});

	it('gives monthly and by-PCN synthetic totals that agree with native DuckDB', async () => {
		const native = await openNativeDuckdb();
		const file = `'static/data/usc_referrals.parquet'`;
		const monthly = await native.rows(`
			SELECT strftime(month, '%Y-%m-%d') AS month, sum(referrals)::INTEGER AS referrals
			FROM ${file} WHERE suspected_cancer = 'gynaecological' GROUP BY month ORDER BY month`);
		const rows = await uscMonthlyReferrals(db, { cancer: 'gynaecological', period });
		expect(rows.map((r) => ({ month: r.month, referrals: r.referrals }))).toEqual(monthly);
		expect(rows.find((r) => r.month === '2024-07-01')?.referrals).toBe(547);
		const lastYear = { from: '2025-07-01', to: period.to };
		const byPcn = await native.rows(`
			SELECT pcn_code, sum(referrals)::INTEGER AS referrals
			FROM ${file} WHERE month >= DATE '2025-07-01' GROUP BY pcn_code ORDER BY pcn_code`);
		const pcnRows = await uscReferralsByPcn(db, { cancer: 'all', period: lastYear });
		expect(pcnRows.map((r) => ({ pcn_code: r.pcn_code, referrals: r.referrals }))).toEqual(byPcn);
		expect(pcnRows).toHaveLength(27);
		expect(pcnRows.every((r) => r.pcn_name !== null && r.women_registered > 0)).toBe(true);
		native.close();
	});
});
