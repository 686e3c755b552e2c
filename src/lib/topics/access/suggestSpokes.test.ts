import { describe, expect, it } from 'vitest';
import { suggestSpokes } from './suggestSpokes';

// Three areas in a row; site 0 reaches area 0, site 1 areas 1 and 2, site 2 area 2 only.
const matrix = Float64Array.from(
	[
		[10, 60, 90],
		[60, 10, 20],
		[90, 40, 10]
	].flat()
);
const base = {
	matrix,
	areaCount: 3,
	weights: [10, 50, 60],
	women: [10, 50, 60],
	candidates: [0, 1, 2],
	threshold: 30,
	count: 3
};

describe('suggestSpokes', () => {
	it('picks the site that brings the most women within reach first', () => {
		const steps = suggestSpokes({ ...base, active: [] });
		// Site 1: 50 + 60 = 110; then site 0: 10; site 2 adds nobody, so the run stops.
		expect(steps).toEqual([
			{ site: 1, added: 110, addedWomen: 110, covered: 110 },
			{ site: 0, added: 10, addedWomen: 10, covered: 120 }
		]);
	});

	it('counts women already within reach of an active site as covered', () => {
		const steps = suggestSpokes({ ...base, active: [1], count: 1 });
		expect(steps).toEqual([{ site: 0, added: 10, addedWomen: 10, covered: 120 }]);
	});

	it('follows the weights: deprivation weighting can change the choice', () => {
		const steps = suggestSpokes({ ...base, weights: [500, 50, 60], active: [], count: 1 });
		expect(steps[0]).toEqual({ site: 0, added: 500, addedWomen: 10, covered: 500 });
	});
});
