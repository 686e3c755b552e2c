/**
 * Projects a TopoJSON topology into SVG paths with d3-geo: the areas of one object, the outlines
 * of others (each boundary drawn once), and a projection for markers. The width is fixed and the
 * height follows the map's shape, so the server and the browser draw the same paths and CSS
 * scales the drawing to the space it has.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 640;

export interface MapShapes {
	width: number;
	height: number;
	/** SVG path of each area, by its id. */
	areas: Map<string, string>;
	outlines: Map<string, string>;
	project: (lon: number, lat: number) => [number, number];
}

export function mapShapes(
	topology: Topology,
	areaObject: string,
	outlineObjects: readonly string[]
): MapShapes {
	const collection = feature(topology, topology.objects[areaObject] as GeometryCollection);
	const projection = geoMercator().fitWidth(MAP_WIDTH, collection);
	const path = geoPath(projection).digits(1);
	const [[, top], [, bottom]] = path.bounds(collection);
	const height = Math.ceil(bottom - top);
	projection.translate([projection.translate()[0], projection.translate()[1] - top]);
	const areas = new Map(collection.features.map((f) => [String(f.id), path(f) ?? '']));
	const outlines = new Map(
		outlineObjects.map((name) => [
			name,
			path(mesh(topology, topology.objects[name] as GeometryCollection)) ?? ''
		])
	);
	return {
		width: MAP_WIDTH,
		height,
		areas,
		outlines,
		project: (lon, lat) => projection([lon, lat]) ?? [NaN, NaN]
	};
}
