import { describe, expect, it } from 'vitest';
import { coverage, nearestSite, worstServed } from './coverage';

describe('nearestSite', () => {
	// Two sites × three areas, site-major.
	const matrix = Float64Array.from([10, 50, 30, 20, 5, 40]);

	it('takes the shortest minutes over the active sites', () => {
		const reach = nearestSite(matrix, 3, [0, 1]);
		expect([...reach.minutes]).toEqual([10, 5, 30]);
		expect([...reach.nearest]).toEqual([0, 1, 0]);
	});

	it('uses only the sites switched on', () => {
		expect([...nearestSite(matrix, 3, [1]).minutes]).toEqual([20, 5, 40]);
	});

	it('leaves every area unreached when no site offers the service', () => {
		const reach = nearestSite(matrix, 3, []);
		expect([...reach.minutes]).toEqual([Infinity, Infinity, Infinity]);
		expect([...reach.nearest]).toEqual([-1, -1, -1]);
	});
});

describe('coverage on a tiny geography', () => {
	// Four areas: A and B in locality X, C and D in Y.
	const areas = [
		{ locality: 'X', imdQuintile: 1 },
		{ locality: 'X', imdQuintile: 1 },
		{ locality: 'Y', imdQuintile: 5 },
		{ locality: 'Y', imdQuintile: 3 }
	];
	const women = [100, 300, 200, 400];
	const minutes = [10, 40, 20, 70];
	const figures = coverage(areas, women, minutes, 30);

	it('counts the women within the threshold (A and C: 300 of 1,000)', () => {
		expect(figures.all).toEqual({ key: 'all', women: 1000, within: 300, share: 0.3 });
	});

	it('splits them by locality', () => {
		expect(figures.byLocality).toEqual([
			{ key: 'X', women: 400, within: 100, share: 0.25 },
			{ key: 'Y', women: 600, within: 200, share: 200 / 600 }
		]);
	});

	it('splits them by IMD quintile, with no share where a quintile has no women', () => {
		expect(figures.byQuintile.map((g) => g.share)).toEqual([0.25, null, 0, null, 1]);
	});

	it('gives the gap as least deprived minus most deprived, in points (100 % − 25 %)', () => {
		expect(figures.gapPoints).toBeCloseTo(75, 10);
	});

	it('counts an area exactly at the threshold as within it', () => {
		expect(coverage(areas, women, [30, 31, 31, 31], 30).all.within).toBe(100);
	});
});

describe('worstServed', () => {
	it('lists the furthest areas first, ties in area order', () => {
		expect(worstServed([10, 70, 40, 70], 3)).toEqual([1, 3, 2]);
	});
});
