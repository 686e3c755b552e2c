/**
 * The /inequalities measures beyond the LARC rates on a hand-made extract whose figures are
 * worked out by hand in the comments: waits to a fit by whole days, the community share of
 * gynaecological fits, women within a travel time of a site, and USC referrals by locality.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import {
	communityFitsByGroup,
	larcWaitDaysByGroup,
	uscGynaeReferralsByPcn,
	womenWithinTravelTimeByGroup
} from '$lib/queries/inequalityMeasures';
import { pcnCatchments } from '$lib/queries/pcnCatchment';
import { openHandMadeDatabase } from '../support/handMadeTables';

let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		geography_lsoa: `SELECT lsoa21_code, 'LSOA ' || lsoa21_code AS lsoa21_name, locality,
				imd25_quintile::INTEGER AS imd25_quintile, imd25_decile::INTEGER AS imd25_decile,
				ruc21_code, ruc21_name, lat::DOUBLE AS centroid_lat, lon::DOUBLE AS centroid_lon
			FROM (VALUES
				('L1', 'Thurrock',  1, 1,  'UN1',  'Urban: Nearer to a major town or city',        51.50, 0.30),
				('L2', 'Thurrock',  5, 10, 'RLN1', 'Larger rural: Nearer to a major town or city', 51.50, 0.40),
				('L3', 'Mid Essex', 1, 2,  'RLN1', 'Larger rural: Nearer to a major town or city', 51.70, 0.40)
			) t(lsoa21_code, locality, imd25_quintile, imd25_decile, ruc21_code, ruc21_name, lat, lon)`,
		// PCN catchments: L1 is nearest Q1's practice (0.01° east); L2 nearest Q2's, 0.02° west of
		// it (Q1's is 0.09° away); L3 only has Mid Essex's Q3 (Q2's nearer practice is in Thurrock).
		practices: `SELECT practice_code, pcn_code, pcn_name, locality, lat::DOUBLE AS lat, lon::DOUBLE AS lon
			FROM (VALUES
				('A1', 'Q1', 'Grays PCN',   'Thurrock',  51.50, 0.31),
				('A2', 'Q2', 'Orsett PCN',  'Thurrock',  51.50, 0.38),
				('A3', 'Q3', 'Witham PCN',  'Mid Essex', 51.80, 0.40),
				('A4', NULL, NULL,          'Mid Essex', 51.70, 0.40)
			) t(practice_code, pcn_code, pcn_name, locality, lat, lon)`,
		population_female_lsoa: `SELECT lsoa21_code, age_band, women::DOUBLE AS women FROM (VALUES
			('L1', '25-34', 1000), ('L1', '65+', 500), ('L2', '25-34', 500), ('L2', '55-64', 500),
			('L3', '45-54', 2000)
		) t(lsoa21_code, age_band, women)`,
		larc_requests: `SELECT id::INTEGER AS request_id, lsoa21_code, age_band, reason, setting,
				request_date::DATE AS request_date, fit_date::DATE AS fit_date
			FROM (VALUES
				(1, 'L1', '25-34', 'gynaecological', 'hub',            '2026-01-01', '2026-01-15'),
				(2, 'L1', '25-34', 'gynaecological', 'secondary_care', '2026-01-01', '2026-02-12'),
				(3, 'L1', '25-34', 'gynaecological', 'primary_care',   '2026-02-01', '2026-02-15'),
				(4, 'L1', '65+',   'gynaecological', 'hub',            '2026-02-01', '2026-02-02'),
				(5, 'L2', '55-64', 'gynaecological', 'secondary_care', '2025-12-01', '2026-03-01'),
				(6, 'L3', '45-54', 'gynaecological', 'hub',            '2025-01-01', '2025-03-01'),
				(7, 'L3', '45-54', 'contraceptive',  'primary_care',   '2026-01-01', '2026-01-08'),
				(8, 'L3', '45-54', 'gynaecological', 'hub',            '2026-03-01', NULL)
			) t(id, lsoa21_code, age_band, reason, setting, request_date, fit_date)`,
		pcns: `SELECT * FROM (VALUES ('P1', 'First PCN'), ('P3', 'Third PCN')) t(pcn_code, pcn_name)`,
		site_services: `SELECT * FROM (VALUES ('S1', 'larc_gynaecological'), ('S2', 'ring_pessary'))
			t(site_id, service_code)`,
		site_lsoa_minutes: `SELECT site_id, lsoa21_code, mode, minutes::DOUBLE AS minutes FROM (VALUES
			('S1', 'L1', 'car', 12.0), ('S1', 'L2', 'car', 30.0), ('S1', 'L3', 'car', 30.5),
			('S2', 'L3', 'car', 5.0)
		) t(site_id, lsoa21_code, mode, minutes)`,
		usc_referrals: `SELECT month::DATE AS month, pcn_code, locality, suspected_cancer,
				referrals::INTEGER AS referrals, women_registered::DOUBLE AS women_registered
			FROM (VALUES
				('2026-01-01', 'P1', 'Thurrock',  'gynaecological', 3, 1000),
				('2026-02-01', 'P1', 'Thurrock',  'gynaecological', 5, 1000),
				('2026-01-01', 'P2', 'Thurrock',  'gynaecological', 2, 3000),
				('2026-02-01', 'P2', 'Thurrock',  'gynaecological', 0, 3000),
				('2026-01-01', 'P2', 'Thurrock',  'other',          9, 3000),
				('2026-01-01', 'P3', 'Mid Essex', 'gynaecological', 4, 2000),
				('2026-02-01', 'P3', 'Mid Essex', 'gynaecological', 1, 2000),
				('2025-12-01', 'P3', 'Mid Essex', 'gynaecological', 7, 2000)
			) t(month, pcn_code, locality, suspected_cancer, referrals, women_registered)`
	});
}, 60_000); // starting DuckDB-WASM can take more than the default 10 s on a busy machine

afterAll(async () => {
	await db.close();
});

const Q1_2026 = { from: '2026-01-01', to: '2026-03-31' };

describe('larcWaitDaysByGroup', () => {
	it('counts waits of fits in the period by whole days, over the rate ages', async () => {
		const rows = await larcWaitDaysByGroup(db, {
			grouping: 'imd-quintile',
			reason: 'gynaecological',
			period: Q1_2026
		});
		// Quintile 1: 1 (14 days), 2 (42), 3 (14); 4 is 65+, 6 fitted in 2025, 8 not fitted.
		// Quintile 5: 5 (90 days: 1 December to 1 March).
		expect(rows.map((r) => [r.group_key, r.wait_days, r.fits])).toEqual([
			['1', 14, 2],
			['1', 42, 1],
			['5', 90, 1]
		]);
	});
});

describe('communityFitsByGroup', () => {
	it('counts gynaecological fits in primary care or a hub, and all, for every group', async () => {
		const rows = await communityFitsByGroup(db, { grouping: 'locality', period: Q1_2026 });
		// Thurrock: 1 hub, 3 primary care, 2 and 5 secondary care (4 is 65+). Mid Essex: none in
		// the period (6 fitted in 2025; 7 is contraceptive).
		expect(rows).toEqual([
			{ group_key: 'Mid Essex', group_name: 'Mid Essex', numerator: 0, denominator: 0 },
			{ group_key: 'Thurrock', group_name: 'Thurrock', numerator: 2, denominator: 4 }
		]);
	});
});

describe('PCN catchments', () => {
	it('puts each LSOA in the PCN of the nearest practice with a PCN in its locality', async () => {
		expect(await pcnCatchments(db)).toEqual([
			{
				lsoa21_code: 'L1',
				lsoa21_name: 'LSOA L1',
				pcn_code: 'Q1',
				pcn_name: 'Grays PCN',
				locality: 'Thurrock'
			},
			{
				lsoa21_code: 'L2',
				lsoa21_name: 'LSOA L2',
				pcn_code: 'Q2',
				pcn_name: 'Orsett PCN',
				locality: 'Thurrock'
			},
			{
				lsoa21_code: 'L3',
				lsoa21_name: 'LSOA L3',
				pcn_code: 'Q3',
				pcn_name: 'Witham PCN',
				locality: 'Mid Essex'
			}
		]);
	});

	it('groups a measure by where women live in each catchment', async () => {
		const rows = await communityFitsByGroup(db, { grouping: 'pcn', period: Q1_2026 });
		// Q1 = L1: fits 1 (hub), 2 (secondary), 3 (primary care); Q2 = L2: fit 5 (secondary).
		expect(rows.map((r) => [r.group_key, r.group_name, r.numerator, r.denominator])).toEqual([
			['Q1', 'Grays PCN', 2, 3],
			['Q2', 'Orsett PCN', 0, 1],
			['Q3', 'Witham PCN', 0, 0]
		]);
	});
});

describe('womenWithinTravelTimeByGroup', () => {
	it('adds up the women of the service ages whose LSOA is within the time of a site offering it', async () => {
		const rows = await womenWithinTravelTimeByGroup(db, {
			grouping: 'rural-urban',
			reason: 'gynaecological',
			service: 'larc_gynaecological',
			minutes: 30
		});
		// Urban (L1): 1,000 aged 25–34 within 12 minutes (the 500 aged 65+ are outside 15–64).
		// Rural (L2 + L3): L2 (1,000) at 30 minutes counts (≤); L3 (2,000) at 30.5 does not — its
		// 5-minute site offers only ring pessary.
		expect(rows).toEqual([
			{
				group_key: 'RLN1',
				group_name: 'Larger rural: Nearer to a major town or city',
				numerator: 1000,
				denominator: 3000
			},
			{
				group_key: 'UN1',
				group_name: 'Urban: Nearer to a major town or city',
				numerator: 1000,
				denominator: 1000
			}
		]);
	});
});

describe('uscGynaeReferralsByPcn', () => {
	it('adds up suspected gynaecological cancer referrals by PCN, with its women registered', async () => {
		const rows = await uscGynaeReferralsByPcn(db, { period: Q1_2026 });
		// P1: 3 + 5; P2 (not in pcns: named by its code): 2 + 0, its 'other' referrals left out;
		// P3: January and February, 4 + 1 (December 2025 is before the period).
		expect(rows).toEqual([
			{
				pcn_code: 'P1',
				pcn_name: 'First PCN',
				locality: 'Thurrock',
				referrals: 8,
				women_registered: 1000,
				months: 2
			},
			{
				pcn_code: 'P2',
				pcn_name: 'P2',
				locality: 'Thurrock',
				referrals: 2,
				women_registered: 3000,
				months: 2
			},
			{
				pcn_code: 'P3',
				pcn_name: 'Third PCN',
				locality: 'Mid Essex',
				referrals: 5,
				women_registered: 2000,
				months: 2
			}
		]);
	});
});
