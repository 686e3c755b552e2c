/**
 * The travel-time data the build writes for /access: the illustrative sites and services, the
 * travel origins, the modelled matrix (it must be exactly the model at its default constants, so
 * the page may re-run the model), the map's boundaries, and the circuity calibration behind the
 * default factor. Both engines must answer the page's queries identically.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AnalyticsDatabase } from '../../src/lib/data/database';
import { SITE_SERVICE_CODES } from '../../src/lib/data/siteServices';
import { TRAVEL_MODEL_DEFAULTS } from '../../src/lib/facts';
import {
	accessLsoas,
	accessSites,
	mapBoundaries,
	travelMatrixSources
} from '../../src/lib/queries/travelAccess';
import { openNativeDatabaseWithData } from '../../src/lib/server/duckdbNative';
import { openNodeDatabaseWithData } from '../../src/lib/server/duckdbWasmNode';
import { modelledMinutesMatrix, type RuralUrban } from '../../src/lib/stats/travelTime';
import { calibrateCircuity } from '../../scripts/data/access/circuity';
import { openDuckDb } from '../../scripts/data/duckdb';
import { BUILT_DATA_DIR, openBuiltData, type BuiltData } from '../support/builtData';

let data: BuiltData;
let wasm: AnalyticsDatabase;
let native: AnalyticsDatabase;

beforeAll(async () => {
	data = await openBuiltData();
	const [w, n] = await Promise.all([
		openNodeDatabaseWithData(BUILT_DATA_DIR),
		openNativeDatabaseWithData(BUILT_DATA_DIR)
	]);
	[wasm, native] = [w.db, n.db];
});

afterAll(async () => {
	data?.connection.closeSync();
	await Promise.all([wasm?.close(), native?.close()]);
});

describe('access data', () => {
	it('has four hubs, three hospitals, one spoke per PCN and every other practice as a candidate', async () => {
		const types = await data.rows<{ site_type: string; n: number }>(
			`SELECT site_type, CAST(count(*) AS INTEGER) AS n FROM ${data.from('sites')} GROUP BY 1 ORDER BY 1`
		);
		// 147 practices: 4 hubs, 27 spokes (one per PCN; no PCN is its hub's host alone), 116 others.
		expect(types).toEqual([
			{ site_type: 'acute', n: 3 },
			{ site_type: 'hub', n: 4 },
			{ site_type: 'practice', n: 116 },
			{ site_type: 'spoke', n: 27 }
		]);
	});

	it('uses only the shared service codes', async () => {
		const codes = await data.rows<{ service_code: string }>(
			`SELECT DISTINCT service_code FROM ${data.from('site_services')} ORDER BY 1`
		);
		expect(codes.map((c) => c.service_code)).toEqual([...SITE_SERVICE_CODES].sort());
	});

	it('stores exactly the model at its default constants, for every site and LSOA', async () => {
		const [lsoas, sites] = await Promise.all([accessLsoas(native), accessSites(native)]);
		const expected = modelledMinutesMatrix(
			lsoas.map((l) => ({
				lat: l.origin_lat,
				lon: l.origin_lon,
				ruralUrban: l.ruc21_class as RuralUrban
			})),
			sites,
			TRAVEL_MODEL_DEFAULTS
		);
		const stored = await data.rows<{ minutes: number }>(
			`SELECT minutes FROM ${data.from('site_lsoa_minutes')} ORDER BY site_id, lsoa21_code`
		);
		expect(stored).toHaveLength(150 * 720);
		expect(stored.every((row, i) => row.minutes === expected[i])).toBe(true);
		await expect(travelMatrixSources(native)).resolves.toEqual([
			{ source: 'modelled', mode: 'car', rows: 108000 }
		]);
	});

	it('refines the origins of split LSOAs and keeps the LSOA 2011 centroid elsewhere', async () => {
		const methods = await data.rows<{ origin_method: string; n: number }>(
			`SELECT origin_method, CAST(count(*) AS INTEGER) AS n FROM ${data.from('access_lsoa')} GROUP BY 1 ORDER BY 1`
		);
		expect(methods.reduce((s, m) => s + m.n, 0)).toBe(720);
		expect(methods.find((m) => m.origin_method === 'lsoa11_unchanged')?.n).toBe(690);
		// 30 children of 15 split parents: each parent's centroid lies in at most one child.
		const split = methods.filter((m) => m.origin_method !== 'lsoa11_unchanged');
		expect(split.reduce((s, m) => s + m.n, 0)).toBe(30);
		expect(
			split.find((m) => m.origin_method === 'lsoa11_split_parent_inside')!.n
		).toBeLessThanOrEqual(15);
	});

	it('draws the 720 LSOAs with 4 locality and 9 local authority outlines in about 50 kB gzipped', async () => {
		const text = await mapBoundaries(native, { map: 'lsoa21_mse' });
		const topology = JSON.parse(text) as Topology;
		const count = (name: string) =>
			(topology.objects[name] as GeometryCollection).geometries.length;
		expect([count('lsoa'), count('locality'), count('lad')]).toEqual([720, 4, 9]);
		expect(gzipSync(text).length).toBeLessThan(55_000);
	});

	it('answers the page queries identically on native DuckDB and DuckDB-WASM', async () => {
		for (const query of [accessLsoas, accessSites, travelMatrixSources]) {
			expect(await query(wasm)).toEqual(await query(native));
		}
		expect(await mapBoundaries(wasm, { map: 'lsoa21_mse' })).toBe(
			await mapBoundaries(native, { map: 'lsoa21_mse' })
		);
	});

	it('calibrates the default circuity factor on IoD 2019 road distances to a GP', async () => {
		const connection = await openDuckDb();
		const { fit, longJourneys } = await calibrateCircuity(connection);
		connection.closeSync();
		expect(longJourneys.factor.toFixed(2)).toBe(TRAVEL_MODEL_DEFAULTS.circuity.toFixed(2));
		// The ratio falls with distance: short trips are dominated by the way to the road network.
		expect(fit.bands[0].ratio).toBeGreaterThan(fit.bands[fit.bands.length - 1].ratio);
		expect(fit.linear.intercept).toBeGreaterThan(0);
	});
});
