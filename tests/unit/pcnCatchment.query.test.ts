/**
 * PCN catchments when two practices of different PCNs share a site: the nearest practice is a
 * tie, and the catchment must be one PCN, its code and name together, whichever order the rows
 * come in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArrowDatabase } from '$lib/data/database';
import { pcnCatchments } from '$lib/queries/pcnCatchment';
import { openHandMadeDatabase } from '../support/handMadeTables';

let db: ArrowDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		geography_lsoa: `SELECT lsoa21_code, lsoa21_name, locality, lat::DOUBLE AS centroid_lat,
				lon::DOUBLE AS centroid_lon
			FROM (VALUES
				('L1', 'Southend 001A', 'South East Essex', 51.55, 0.65),
				('L2', 'Southend 002A', 'South East Essex', 51.60, 0.70)
			) t(lsoa21_code, lsoa21_name, locality, lat, lon)`,
		// B1 (PCN Z9) and B2 (PCN Z1) share one site, nearest L1; B3 (PCN Z5) is nearest L2. Z9 is
		// listed first, so a pick by row order would give L1 to Z9.
		practices: `SELECT practice_code, pcn_code, pcn_name, locality, lat::DOUBLE AS lat, lon::DOUBLE AS lon
			FROM (VALUES
				('B1', 'Z9', 'Zeta PCN',  'South East Essex', 51.55, 0.66),
				('B2', 'Z1', 'Alpha PCN', 'South East Essex', 51.55, 0.66),
				('B3', 'Z5', 'Mid PCN',   'South East Essex', 51.60, 0.71)
			) t(practice_code, pcn_code, pcn_name, locality, lat, lon)`
	});
}, 60_000); // starting DuckDB-WASM can take more than the default 10 s on a busy machine

afterAll(async () => {
	await db.close();
});

describe('pcnCatchments', () => {
	it('gives a tie of distance to the lowest PCN code, with that PCN’s name', async () => {
		const rows = await pcnCatchments(db);
		expect(rows.map((r) => [r.lsoa21_code, r.pcn_code, r.pcn_name])).toEqual([
			['L1', 'Z1', 'Alpha PCN'],
			['L2', 'Z5', 'Mid PCN']
		]);
	});
});
