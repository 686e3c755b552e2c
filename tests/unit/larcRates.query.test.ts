/**
 * Rates per 1,000 women count requests and women of the same ages: the rate queries on a
 * hand-made extract in which some women waiting are older than a rate's ages (a woman aged 60
 * asking for contraception, one of 65 or over for gynaecological reasons). Answers worked out
 * by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { femalePopulation } from '$lib/queries/femalePopulation';
import { larcRequestsByDeprivation } from '$lib/queries/larcDeprivation';
import { waitingListAtMonthEnd } from '$lib/queries/larcWaitingList';
import { openHandMadeDatabase } from '../support/handMadeTables';

const MARCH_2026 = { from: '2026-03-01', to: '2026-03-31' };
const Q1_2026 = { from: '2026-01-01', to: '2026-03-31' };

let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		practices: `SELECT * FROM (VALUES ('P1', 'U1', 'Grays PCN', 'Thurrock'), ('P2', 'U2', 'Chelmsford PCN', 'Mid Essex'))
			t(practice_code, pcn_code, pcn_name, locality)`,
		geography_lsoa: `SELECT lsoa21_code, locality, imd25_quintile::INTEGER AS imd25_quintile FROM (VALUES
			('L1', 'Thurrock', 1), ('L2', 'Thurrock', 5), ('L3', 'Mid Essex', 1)) t(lsoa21_code, locality, imd25_quintile)`,
		// Women 15–64 (gynaecological): L1 600, L2 450, L3 1,600. Women 15–54 (contraceptive):
		// L1 300, L2 400, L3 1,000. Under 15s and 65 and over are in neither.
		population_female_lsoa: `SELECT lsoa21_code, age_band, women::DOUBLE AS women FROM (VALUES
			('L1', '0-14', 500), ('L1', '15-24', 100), ('L1', '45-54', 200), ('L1', '55-64', 300),
			('L1', '65+', 1000), ('L2', '25-34', 400), ('L2', '55-64', 50),
			('L3', '35-44', 1000), ('L3', '55-64', 600)
		) t(lsoa21_code, age_band, women)`,
		larc_requests: `SELECT id::INTEGER AS request_id, practice_code, 'U' || right(practice_code, 1) AS pcn_code,
				lsoa21_code, age_band, reason, request_date::DATE AS request_date, fit_date::DATE AS fit_date,
				removal_date::DATE AS removal_date
			FROM (VALUES
				(1, 'P1', 'L1', '45-54', 'gynaecological', '2026-01-10', NULL,         NULL),
				(2, 'P1', 'L1', '55-64', 'gynaecological', '2026-01-20', NULL,         NULL), -- aged 60: in 15–64
				(3, 'P1', 'L1', '65+',   'gynaecological', '2026-02-01', NULL,         NULL), -- outside 15–64
				(4, 'P1', 'L2', '25-34', 'contraceptive',  '2026-02-10', NULL,         NULL),
				(5, 'P1', 'L2', '55-64', 'contraceptive',  '2026-02-15', NULL,         NULL), -- aged 60: outside 15–54
				(6, 'P2', 'L3', '35-44', 'gynaecological', '2026-03-01', '2026-03-10', NULL), -- fitted
				(7, 'P2', 'L3', '15-24', 'contraceptive',  '2025-06-01', NULL,         NULL)  -- before Q1
			) t(id, practice_code, lsoa21_code, age_band, reason, request_date, fit_date, removal_date)`
	});
}, 60_000); // starting DuckDB-WASM can take more than the default 10 s on a busy machine

afterAll(async () => {
	await db.close();
});

describe('femalePopulation', () => {
	it("sums women of each reason's ages by locality and for the ICB", async () => {
		expect(await femalePopulation(db, {})).toEqual([
			{ locality: 'Mid Essex', reason: 'gynaecological', women: 1600 },
			{ locality: 'Mid Essex', reason: 'contraceptive', women: 1000 },
			{ locality: 'Thurrock', reason: 'gynaecological', women: 1050 },
			{ locality: 'Thurrock', reason: 'contraceptive', women: 700 },
			{ locality: 'Mid and South Essex', reason: 'gynaecological', women: 2650 },
			{ locality: 'Mid and South Essex', reason: 'contraceptive', women: 1700 }
		]);
	});

	it('or of the chosen band, for both reasons', async () => {
		// Thurrock women aged 55–64: L1 300 + L2 50.
		expect(await femalePopulation(db, { ageBand: '55-64', locality: 'Thurrock' })).toEqual([
			{ locality: 'Thurrock', reason: 'gynaecological', women: 350 },
			{ locality: 'Thurrock', reason: 'contraceptive', women: 350 },
			{ locality: 'Mid and South Essex', reason: 'gynaecological', women: 350 },
			{ locality: 'Mid and South Essex', reason: 'contraceptive', women: 350 }
		]);
	});
});

describe('waitingListAtMonthEnd: the numerator of a rate', () => {
	const at = async (filter: { ageBand?: '45-54' }, locality: string, reason: string) =>
		(await waitingListAtMonthEnd(db, MARCH_2026, filter)).find(
			(r) => r.locality === locality && r.reason === reason
		);

	it('counts every woman waiting, but only those of the rate ages for the rate', async () => {
		// Thurrock gynaecological on 31 March: requests 1, 2 and 3 wait; 3 (65 or over) is outside 15–64.
		expect(await at({}, 'Thurrock', 'gynaecological')).toMatchObject({
			waiting: 3,
			waiting_in_rate_ages: 2
		});
		// Thurrock contraceptive: 4 and 5 wait; 5 (aged 60) must not enter a 15–54 rate.
		expect(await at({}, 'Thurrock', 'contraceptive')).toMatchObject({
			waiting: 2,
			waiting_in_rate_ages: 1
		});
		// Mid Essex: 6 was fitted on 10 March; 7 (15–24) still waits.
		expect(await at({}, 'Mid Essex', 'gynaecological')).toMatchObject({
			waiting: 0,
			waiting_in_rate_ages: 0
		});
		expect(await at({}, 'Mid Essex', 'contraceptive')).toMatchObject({
			waiting: 1,
			waiting_in_rate_ages: 1
		});
	});

	it('with a band chosen, counts that band on both sides', async () => {
		// Only request 1 is aged 45–54; the woman aged 60 is in neither count.
		expect(await at({ ageBand: '45-54' }, 'Thurrock', 'gynaecological')).toMatchObject({
			waiting: 1,
			waiting_in_rate_ages: 1
		});
	});
});

describe('larcRequestsByDeprivation', () => {
	it('counts requests and women of the same ages by IMD quintile of residence', async () => {
		// Gynaecological, Q1 2026: quintile 1 has requests 1, 2 (L1) and 6 (L3); 3 is 65 or over.
		// Women 15–64: quintile 1 = L1 600 + L3 1,600; quintile 5 = L2 450.
		// Contraceptive: quintile 5 has request 4 only (5 is aged 60; 7 is before the period).
		// Women 15–54: quintile 1 = L1 300 + L3 1,000; quintile 5 = L2 400.
		expect(await larcRequestsByDeprivation(db, {}, Q1_2026)).toEqual([
			{ imd_quintile: 1, reason: 'gynaecological', requests: 3, women: 2200 },
			{ imd_quintile: 5, reason: 'gynaecological', requests: 0, women: 450 },
			{ imd_quintile: 1, reason: 'contraceptive', requests: 0, women: 1300 },
			{ imd_quintile: 5, reason: 'contraceptive', requests: 1, women: 400 }
		]);
	});

	it('with a band chosen, counts that band only, within the locality', async () => {
		// Aged 55–64 in Thurrock: request 2 (gynaecological, L1) and 5 (contraceptive, L2);
		// women L1 300 and L2 50.
		expect(
			await larcRequestsByDeprivation(db, { ageBand: '55-64', locality: 'Thurrock' }, Q1_2026)
		).toEqual([
			{ imd_quintile: 1, reason: 'gynaecological', requests: 1, women: 300 },
			{ imd_quintile: 5, reason: 'gynaecological', requests: 0, women: 50 },
			{ imd_quintile: 1, reason: 'contraceptive', requests: 0, women: 300 },
			{ imd_quintile: 5, reason: 'contraceptive', requests: 1, women: 50 }
		]);
	});
});
