import { describe, expect, it } from 'vitest';
import { lastMonths } from './loadCancerPage';

describe('lastMonths', () => {
	it('gives the last n whole months of a period, never before its start', () => {
		expect(lastMonths({ from: '2021-07-01', to: '2026-10-31' }, 12)).toEqual({
			from: '2025-11-01',
			to: '2026-10-31'
		});
		expect(lastMonths({ from: '2026-05-01', to: '2026-10-31' }, 12)).toEqual({
			from: '2026-05-01',
			to: '2026-10-31'
		});
	});
});
