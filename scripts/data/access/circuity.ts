/**
 * Calibrates the travel model's circuity factor on real road distances: the IoD 2019 underlying
 * indicator "road distance to a GP surgery" (km, by LSOA 2011) against the straight-line
 * distance from the LSOA 2011 population-weighted centroid to the nearest practice in the 2019
 * NHS website GP extract. Pairs where the road is shorter than the straight line are left out:
 * the nearest surgery by road is then one this extract does not hold (over the ICB border, or
 * closed before 2019), so the pair says nothing about detours. The fit is reported in the build
 * summary and data/README.md; the model's default factor (src/lib/facts.ts) is this fit, rounded.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { fitCircuity, type CircuityFit } from '../../../src/lib/stats/circuityFit';
import { haversineKm } from '../../../src/lib/stats/travelTime';
import { queryRows } from '../duckdb';
import { readReference } from '../reference';

/** Straight-line distance bands the fit is also reported in, km. */
export const CIRCUITY_BAND_EDGES_KM = [0.5, 1, 2, 4];

/**
 * Journeys to hubs and spokes are mostly longer than this, and the ratio falls with distance (the
 * walk from a centroid to the road network weighs heavily in short trips), so the model's factor
 * is the fit on pairs at least this far apart.
 */
export const LONG_JOURNEY_FROM_KM = 2;

export interface CircuityCalibration {
	lsoas: number;
	excluded: number;
	/** All usable pairs. */
	fit: CircuityFit;
	/** Pairs at least LONG_JOURNEY_FROM_KM apart in a straight line: the model's factor. */
	longJourneys: CircuityFit;
}

export async function calibrateCircuity(
	connection: DuckDBConnection
): Promise<CircuityCalibration> {
	const lsoas = await queryRows<{ lsoa11_code: string; lat: number; lon: number; road_km: number }>(
		connection,
		`SELECT c.lsoa11cd AS lsoa11_code, CAST(c.latitude AS DOUBLE) AS lat,
			CAST(c.longitude AS DOUBLE) AS lon,
			CAST(i.road_distance_to_a_gp_surgery_indicator_km AS DOUBLE) AS road_km
		FROM ${readReference('lsoa11Centroids')} AS c
		JOIN ${readReference('iod2019Indicators')} AS i ON i.lsoa11_code = c.lsoa11cd
		ORDER BY 1`
	);
	const practices = await queryRows<{ lat: number; lon: number }>(
		connection,
		`SELECT CAST(Latitude AS DOUBLE) AS lat, CAST(Longitude AS DOUBLE) AS lon
		FROM ${readReference('practiceLatLong')} WHERE Latitude IS NOT NULL`
	);
	if (lsoas.length !== 705) {
		throw new Error(
			`circuity: expected 705 LSOA 2011 with centroid and road distance, got ${lsoas.length}`
		);
	}
	const pairs = lsoas.map((lsoa) => ({
		straightKm: Math.min(...practices.map((p) => haversineKm(lsoa, p))),
		roadKm: lsoa.road_km
	}));
	const usable = pairs.filter((p) => p.roadKm >= p.straightKm);
	return {
		lsoas: lsoas.length,
		excluded: pairs.length - usable.length,
		fit: fitCircuity(usable, CIRCUITY_BAND_EDGES_KM),
		longJourneys: fitCircuity(usable.filter((p) => p.straightKm >= LONG_JOURNEY_FROM_KM))
	};
}
