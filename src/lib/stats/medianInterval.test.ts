import { describe, expect, it } from 'vitest';
import { medianRanks, medianWithInterval } from './medianInterval';

describe('medianRanks', () => {
	it('gives the exact binomial ranks of Campbell and Gardner’s table', () => {
		// n = 10: P(X ≤ 1) = 11/1024 = 0.011 ≤ 0.025 < P(X ≤ 2) = 56/1024 = 0.055, so r = 2.
		expect(medianRanks(10)).toEqual({ lower: 2, upper: 9 });
		// n = 20: P(X ≤ 5) = 0.0207 ≤ 0.025 < P(X ≤ 6) = 0.0577, so r = 6.
		expect(medianRanks(20)).toEqual({ lower: 6, upper: 15 });
		// n = 6: P(X ≤ 0) = 1/64 = 0.016, so the interval is the smallest to the largest.
		expect(medianRanks(6)).toEqual({ lower: 1, upper: 6 });
	});

	it('has no interval at 95% below six values', () => {
		// n = 5: P(X ≤ 0) = 1/32 = 0.031 > 0.025.
		expect(medianRanks(5)).toBeNull();
		expect(medianRanks(0)).toBeNull();
	});

	it('stays exact for large n (ranks near n/2 − 1.96 √n / 2)', () => {
		// n = 1,000: the normal approximation gives 469.0; the exact rank is 469.
		expect(medianRanks(1000)).toEqual({ lower: 469, upper: 532 });
	});
});

describe('medianWithInterval', () => {
	it('reads the median and the interval’s order statistics from a frequency table', () => {
		// Sorted: 1 2 2 3 3 3 4 5 6 9 (n = 10): median (3 + 3) / 2 = 3; x(2) = 2, x(9) = 6.
		const table = [
			{ value: 3, count: 3 },
			{ value: 1, count: 1 },
			{ value: 9, count: 1 },
			{ value: 2, count: 2 },
			{ value: 6, count: 1 },
			{ value: 4, count: 1 },
			{ value: 5, count: 1 }
		];
		expect(medianWithInterval(table)).toEqual({ n: 10, median: 3, lower: 2, upper: 6 });
	});

	it('averages the two middle values of an even count and leaves the interval out when too few', () => {
		expect(
			medianWithInterval([
				{ value: 1, count: 1 },
				{ value: 4, count: 1 }
			])
		).toEqual({
			n: 2,
			median: 2.5,
			lower: null,
			upper: null
		});
		expect(medianWithInterval([])).toEqual({ n: 0, median: null, lower: null, upper: null });
	});
});
