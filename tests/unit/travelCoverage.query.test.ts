/**
 * Women within the travel threshold of a site offering a service, on DuckDB-WASM against
 * hand-made tables; answers worked out by hand. Sites S1 and S2 offer gynaecological LARC, S3
 * only ring pessaries. Nearest LARC site by car: L1 10 min (S1), L2 25 min (S2), L3 45 min (S2;
 * S3 at 5 min does not offer LARC, and the 5-minute walk is not a car journey). L4 has no travel
 * origin (not in access_lsoa), so it is not counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { womenWithinTravelThreshold } from '$lib/queries/travelCoverage';
import { openHandMadeDatabase } from '../support/handMadeTables';

let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		geography_lsoa: `SELECT * FROM (VALUES ('L1', 'Thurrock'), ('L2', 'Thurrock'), ('L3', 'Mid Essex'),
			('L4', 'Mid Essex')) t(lsoa21_code, locality)`,
		access_lsoa: `SELECT * FROM (VALUES ('L1'), ('L2'), ('L3')) t(lsoa21_code)`,
		site_services: `SELECT * FROM (VALUES ('S1', 'larc_gynaecological'), ('S2', 'larc_gynaecological'),
			('S3', 'ring_pessary')) t(site_id, service_code)`,
		site_lsoa_minutes: `SELECT site_id, lsoa21_code, mode, minutes::DOUBLE AS minutes FROM (VALUES
			('S1', 'L1', 'car', 10), ('S1', 'L2', 'car', 40), ('S1', 'L3', 'car', 50), ('S1', 'L3', 'walk', 5),
			('S2', 'L1', 'car', 35), ('S2', 'L2', 'car', 25), ('S2', 'L3', 'car', 45),
			('S3', 'L3', 'car', 5)) t(site_id, lsoa21_code, mode, minutes)`,
		// Women 15–34: L1 100, L2 200, L3 300, L4 1,000; L1's 50 aged 65+ are not the service's ages.
		population_female_lsoa: `SELECT lsoa21_code, age_band, women::DOUBLE AS women FROM (VALUES
			('L1', '15-24', 100), ('L1', '65+', 50), ('L2', '25-34', 200), ('L3', '15-24', 300),
			('L4', '15-24', 1000)) t(lsoa21_code, age_band, women)`
	});
});

afterAll(async () => {
	await db?.close();
});

const larc = (threshold: number, locality: string | null = null) =>
	womenWithinTravelThreshold(db, {
		service: 'larc_gynaecological',
		ageBands: ['15-24', '25-34'],
		threshold,
		locality
	});

describe('womenWithinTravelThreshold', () => {
	it('counts the women whose nearest site offering the service is within the threshold', async () => {
		// Within 30 minutes: L1 (100) and L2 (200) of 600.
		expect(await larc(30)).toEqual({ women: 600, within: 300 });
	});

	it('counts a journey exactly at the threshold as within it', async () => {
		expect(await larc(45)).toEqual({ women: 600, within: 600 });
	});

	it('answers for one locality', async () => {
		expect(await larc(30, 'Thurrock')).toEqual({ women: 300, within: 300 });
		expect(await larc(30, 'Mid Essex')).toEqual({ women: 300, within: 0 });
	});
});
