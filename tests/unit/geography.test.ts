/** geography_lsoa, population_female_lsoa, practices and pcns as built in static/data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALITIES } from '../../src/lib/data/datasets';
import { LOCALITY_BY_LAD, LOCALITY_BY_SUB_ICB } from '../../scripts/data/localities';
import { ageBandRange } from '../../scripts/data/population';
import { readReference } from '../../scripts/data/reference';
import { openBuiltData, type BuiltData } from '../support/builtData';

let data: BuiltData;
beforeAll(async () => {
	data = await openBuiltData();
});

describe('geography_lsoa', () => {
	it('has the 720 LSOAs of the 9 local authorities in 4 localities', async () => {
		const [row] = await data.rows<{
			lsoas: number;
			lads: number;
			localities: number;
			rows: number;
		}>(
			`SELECT CAST(count(*) AS INTEGER) AS rows,
				CAST(count(DISTINCT lsoa21_code) AS INTEGER) AS lsoas,
				CAST(count(DISTINCT lad24_code) AS INTEGER) AS lads,
				CAST(count(DISTINCT locality) AS INTEGER) AS localities
			FROM ${data.from('geography_lsoa')}`
		);
		expect(row).toEqual({ rows: 720, lsoas: 720, lads: 9, localities: 4 });
	});

	it('gives every LSOA a known locality, IMD decile 1–10 and the matching national quintile', async () => {
		const rows = await data.rows<{
			locality: string;
			imd25_decile: number;
			imd25_quintile: number;
		}>(`SELECT locality, imd25_decile, imd25_quintile FROM ${data.from('geography_lsoa')}`);
		for (const row of rows) {
			expect(LOCALITIES).toContain(row.locality);
			expect(row.imd25_decile).toBeGreaterThanOrEqual(1);
			expect(row.imd25_decile).toBeLessThanOrEqual(10);
			expect(row.imd25_quintile).toBe(Math.ceil(row.imd25_decile / 2));
		}
		expect(new Set(rows.map((row) => row.imd25_decile)).size).toBeGreaterThan(5);
	});

	it('puts each LSOA in the same locality by local authority and by sub-ICB location', async () => {
		const rows = await data.rows<{ lad24_code: string; sub_icb_code: string; locality: string }>(
			`SELECT lad24_code, sub_icb_code, locality FROM ${data.from('geography_lsoa')}`
		);
		for (const row of rows) {
			expect(row.locality).toBe(LOCALITY_BY_LAD[row.lad24_code]);
			expect(row.locality).toBe(LOCALITY_BY_SUB_ICB[row.sub_icb_code]);
		}
	});

	it('takes centroids from LSOA 2011 (690 unchanged, 30 split sharing their parent’s) inside Essex', async () => {
		const methods = await data.rows<{
			centroid_method: string;
			lsoa_change_code: string;
			n: number;
		}>(
			`SELECT centroid_method, lsoa_change_code, CAST(count(*) AS INTEGER) AS n
			FROM ${data.from('geography_lsoa')} GROUP BY ALL ORDER BY ALL`
		);
		expect(methods).toEqual([
			{ centroid_method: 'lsoa11_split_parent', lsoa_change_code: 'S', n: 30 },
			{ centroid_method: 'lsoa11_unchanged', lsoa_change_code: 'U', n: 690 }
		]);
		const [box] = await data.rows<Record<string, number>>(
			`SELECT min(centroid_lat) AS min_lat, max(centroid_lat) AS max_lat,
				min(centroid_lon) AS min_lon, max(centroid_lon) AS max_lon,
				CAST(count(DISTINCT (centroid_lat, centroid_lon)) AS INTEGER) AS points
			FROM ${data.from('geography_lsoa')}`
		);
		expect(box.min_lat).toBeGreaterThan(51.4);
		expect(box.max_lat).toBeLessThan(52.1);
		expect(box.min_lon).toBeGreaterThan(0.2);
		expect(box.max_lon).toBeLessThan(1.0);
		expect(box.points).toBe(690 + 15);
	});
});

describe('population_female_lsoa', () => {
	it('has all 7 age bands for every LSOA and a population above 0 everywhere', async () => {
		const rows = await data.rows<{ bands: number; women: number }>(
			`SELECT CAST(count(*) AS INTEGER) AS bands, sum(women) AS women
			FROM ${data.from('population_female_lsoa')} GROUP BY lsoa21_code`
		);
		expect(rows).toHaveLength(720);
		for (const row of rows) {
			expect(row.bands).toBe(7);
			expect(row.women).toBeGreaterThan(300);
		}
	});

	it('adds up by local authority to within 3 % of the Census 2021 female totals', async () => {
		const rows = await data.rows<{ lad24_code: string; estimate: number; census: number }>(
			`SELECT g.lad24_code, sum(p.women) AS estimate, any_value(CAST(c.total_females AS DOUBLE)) AS census
			FROM ${data.from('population_female_lsoa')} p
			JOIN ${data.from('geography_lsoa')} g USING (lsoa21_code)
			JOIN ${readReference('census2021SexAge')} c ON c.ltla21_code = g.lad24_code
			GROUP BY ALL`
		);
		expect(rows).toHaveLength(9);
		for (const row of rows) expect(Math.abs(row.estimate / row.census - 1)).toBeLessThan(0.03);
	});

	it('reads the age bands as single-year ranges', () => {
		expect(ageBandRange('0-14')).toEqual([0, 14]);
		expect(ageBandRange('35-44')).toEqual([35, 44]);
		expect(ageBandRange('65+')).toEqual([65, 90]);
	});
});

describe('practices and pcns', () => {
	it('has the 147 active practices and 27 PCNs, with practice counts that add up', async () => {
		const [row] = await data.rows<{
			practices: number;
			pcns: number;
			members: number;
			without: string;
		}>(
			`SELECT
				CAST((SELECT count(*) FROM ${data.from('practices')}) AS INTEGER) AS practices,
				CAST((SELECT count(*) FROM ${data.from('pcns')}) AS INTEGER) AS pcns,
				CAST((SELECT sum(practice_count) FROM ${data.from('pcns')}) AS INTEGER) AS members,
				(SELECT string_agg(practice_code, ',' ORDER BY practice_code)
					FROM ${data.from('practices')} WHERE pcn_code IS NULL) AS without`
		);
		expect(row).toEqual({
			practices: 147,
			pcns: 27,
			members: 144,
			without: 'F81035,F81695,Y06389'
		});
	});

	it('places each practice in its PCN’s locality and, but for the special allocation scheme, among its LSOAs', async () => {
		const mismatched = await data.rows<{ practice_code: string }>(
			`SELECT p.practice_code FROM ${data.from('practices')} p
			JOIN ${data.from('pcns')} n USING (pcn_code) WHERE n.locality <> p.locality`
		);
		expect(mismatched).toEqual([]);
		const outside = await data.rows<{ practice_code: string }>(
			`SELECT p.practice_code
			FROM ${data.from('practices')} p, ${data.from('geography_lsoa')} g
			GROUP BY p.practice_code, p.locality
			HAVING arg_min(g.locality, (g.centroid_lat - p.lat) ** 2 + ((g.centroid_lon - p.lon) * 0.62) ** 2) <> p.locality`
		);
		expect(outside).toEqual([{ practice_code: 'Y06389' }]);
	});
});
