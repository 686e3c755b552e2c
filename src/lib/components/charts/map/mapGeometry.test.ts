import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection, Polygon } from 'geojson';
import { MAP_WIDTH, mapShapes } from './mapGeometry';

// Two unit squares side by side near the equator (Mercator is nearly square there).
const squares: FeatureCollection<Polygon> = {
	type: 'FeatureCollection',
	features: [0, 1].map((x) => ({
		type: 'Feature',
		id: `sq${x}`,
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[x, 0],
					[x, 1],
					[x + 1, 1],
					[x + 1, 0],
					[x, 0]
				]
			]
		}
	}))
};

describe('mapShapes', () => {
	const topo = topology({ areas: squares });
	topo.objects.all = topo.objects.areas;
	const shapes = mapShapes(topo, 'areas', ['all']);

	it('fits the map to the fixed width, with a height from its shape (two squares: about half)', () => {
		expect(shapes.width).toBe(MAP_WIDTH);
		expect(shapes.height).toBeGreaterThanOrEqual(MAP_WIDTH / 2);
		expect(shapes.height).toBeLessThanOrEqual(MAP_WIDTH / 2 + 2);
	});

	it('draws one path per area, by id', () => {
		expect([...shapes.areas.keys()]).toEqual(['sq0', 'sq1']);
		expect(shapes.areas.get('sq0')).toMatch(/^M.*Z$/);
	});

	it('projects the corners of the map to the corners of the drawing', () => {
		const [left, top] = shapes.project(0, 1);
		const [right, bottom] = shapes.project(2, 0);
		expect(left).toBeCloseTo(0, 6);
		expect(top).toBeCloseTo(0, 6);
		expect(right).toBeCloseTo(MAP_WIDTH, 6);
		// The height is rounded up to a whole pixel.
		expect(bottom).toBeGreaterThan(shapes.height - 1);
		expect(bottom).toBeLessThanOrEqual(shapes.height);
	});

	it('draws the outline of an object', () => {
		expect(shapes.outlines.get('all')).toMatch(/^M/);
	});
});
