import { describe, expect, it } from 'vitest';
import { rebaseGroups } from './spcPresentation';

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
