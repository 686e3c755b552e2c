import { describe, expect, it } from 'vitest';
import { rebaseGroups, variationRun } from './spcPresentation';

describe('rebaseGroups', () => {
	it('splits the series where the rebase group changes, keeping the order', () => {
		const points = [0, 0, 0, 1, 1].map((rebaseGroup, index) => ({ rebaseGroup, index }));
		expect(rebaseGroups(points).map((g) => g.map((p) => p.index))).toEqual([
			[0, 1, 2],
			[3, 4]
		]);
	});

	it('has no groups for no points', () => {
		expect(rebaseGroups([])).toEqual([]);
	});
});

describe('variationRun', () => {
	it('rises at the end for a high icon and falls for a low one (smaller y is higher)', () => {
		const high = variationRun('improvement_high');
		const low = variationRun('concern_low');
		expect(high[4]).toBeLessThan(high[2]);
		expect(low[4]).toBeGreaterThan(low[2]);
		expect(variationRun('neutral_high')).toEqual(high);
		expect(variationRun('common_cause')).toHaveLength(5);
	});
});
