import { describe, expect, it } from 'vitest';
import { mapBands, MINUTE_BANDS, minuteBand } from './minuteBands';

describe('minute bands', () => {
	it('are ≤15, 15–30, 30–45, 45–60 and over 60 minutes', () => {
		expect(MINUTE_BANDS.map((b) => b.label)).toEqual([
			'15 minutes or less',
			'More than 15, up to 30 minutes',
			'More than 30, up to 45 minutes',
			'More than 45, up to 60 minutes',
			'More than 60 minutes'
		]);
	});

	it('put a journey on an edge in the lower band', () => {
		expect([0, 15, 15.01, 30, 44.9, 60, 60.5, Infinity].map(minuteBand)).toEqual([
			0, 0, 1, 1, 2, 3, 4, 4
		]);
	});

	it('differ by pattern as well as colour from the third band on', () => {
		expect(new Set(MINUTE_BANDS.map((b) => b.fill)).size).toBe(5);
		expect(MINUTE_BANDS.map((b) => b.pattern)).toEqual(['none', 'none', 'dots', 'lines', 'cross']);
	});

	it('count the areas in each band for the key', () => {
		expect(mapBands([0, 0, 4, 2]).map((b) => b.count)).toEqual([2, 0, 1, 0, 1]);
	});
});
