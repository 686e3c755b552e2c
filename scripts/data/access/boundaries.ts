/**
 * map_boundaries: the 720 LSOA 2021 boundaries (ONS, generalised 20 m) simplified at build time to
 * one TopoJSON topology, with the local authorities and the four localities merged from the same
 * arcs, so outlines meet exactly. The dashboard serves it from its own data; no tile server.
 * - Simplification: Visvalingam (topojson-simplify), keeping the SIMPLIFY_QUANTILE share of
 *   points with the largest effective area, then coordinates quantised to QUANTIZATION steps.
 * - Each LSOA geometry's id is its LSOA 2021 code; LADs by LAD 2024 code; localities by name.
 */
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { queryRows } from '../duckdb';
import { LSOA_BOUNDARIES_FILE, referencePath } from '../reference';
import { createTableFromColumns } from '../writeParquet';

/**
 * Share of points kept, the most significant first (topojson-simplify's quantile sorts weights
 * in descending order): 0.15 brings the 720 LSOAs to about 48 kB gzipped.
 */
export const SIMPLIFY_QUANTILE = 0.15;
export const QUANTIZATION = 1e4;

type LsoaFeatures = FeatureCollection<Polygon | MultiPolygon, { LSOA21CD: string }>;

function readLsoaFeatures(): LsoaFeatures {
	const collection = JSON.parse(readFileSync(referencePath(LSOA_BOUNDARIES_FILE), 'utf8'));
	return {
		type: 'FeatureCollection',
		features: collection.features.map((feature: LsoaFeatures['features'][number]) => ({
			type: 'Feature',
			id: feature.properties.LSOA21CD,
			properties: {},
			geometry: feature.geometry
		}))
	} as LsoaFeatures;
}

/** Geometries of `lsoas` merged into one outline per group (e.g. per locality). */
function mergedObject(
	topo: Topology,
	lsoas: GeometryObject[],
	groupOf: Map<string, string>
): GeometryCollection {
	const groups = [...new Set(groupOf.values())].sort();
	return {
		type: 'GeometryCollection',
		geometries: groups.map((group) => ({
			...mergeArcs(topo, lsoas.filter((g) => groupOf.get(String(g.id)) === group) as never),
			id: group
		}))
	};
}

export function simplifiedTopology(
	features: LsoaFeatures,
	lsoaGroups: { code: string; lad: string; locality: string }[]
): Topology {
	const presimplified = presimplify(topology({ lsoa: features }));
	const topo = quantize(
		simplify(presimplified, quantile(presimplified, SIMPLIFY_QUANTILE)),
		QUANTIZATION
	);
	const lsoa = topo.objects.lsoa as GeometryCollection;
	if (lsoa.geometries.length !== 720) {
		throw new Error(
			`${LSOA_BOUNDARIES_FILE}: expected 720 LSOA boundaries, got ${lsoa.geometries.length}`
		);
	}
	const missing = lsoaGroups.filter((g) => !lsoa.geometries.some((geo) => geo.id === g.code));
	if (missing.length > 0) {
		throw new Error(
			`${LSOA_BOUNDARIES_FILE}: no boundary for ${missing.map((m) => m.code).join(', ')}`
		);
	}
	topo.objects.lad = mergedObject(
		topo,
		lsoa.geometries,
		new Map(lsoaGroups.map((g) => [g.code, g.lad]))
	);
	topo.objects.locality = mergedObject(
		topo,
		lsoa.geometries,
		new Map(lsoaGroups.map((g) => [g.code, g.locality]))
	);
	return topo;
}

export async function buildMapBoundaries(connection: DuckDBConnection): Promise<void> {
	const groups = await queryRows<{ code: string; lad: string; locality: string }>(
		connection,
		`SELECT lsoa21_code AS code, lad24_code AS lad, locality FROM geography_lsoa ORDER BY 1`
	);
	const topo = simplifiedTopology(readLsoaFeatures(), groups);
	const json = JSON.stringify(topo);
	await createTableFromColumns(connection, {
		name: 'map_boundaries',
		rowCount: 1,
		columns: [
			{ name: 'map', type: 'VARCHAR', value: () => 'lsoa21_mse' },
			{ name: 'topology', type: 'VARCHAR', value: () => json }
		]
	});
}
