import { describe, expect, it } from 'vitest';
import { defaultClearBy, selectedPeriod, weeksBetween } from './larcPeriod';

const EXTRACT = { from: '2023-11-01', to: '2026-10-31' };

describe('larc period', () => {
	it('turns months into dates inside the extract', () => {
		expect(selectedPeriod(EXTRACT, '2025-01', '2025-02')).toEqual({
			from: '2025-01-01',
			to: '2025-02-28'
		});
		expect(selectedPeriod(EXTRACT, '2020-01', '2030-12')).toEqual(EXTRACT);
		expect(selectedPeriod(EXTRACT)).toEqual(EXTRACT);
	});

	it('clears an excess queue in 26 weeks by default', () => {
		expect(defaultClearBy('2026-10-31')).toBe('2027-05-01');
		expect(weeksBetween('2026-10-31', '2027-05-01')).toBe(26);
	});
});

describe('monthEnds', () => {
	it('lists every month end in the period', async () => {
		const { monthEnds } = await import('./monthEnds');
		expect(monthEnds({ from: '2025-11-01', to: '2026-02-28' })).toEqual([
			'2025-11-30',
			'2025-12-31',
			'2026-01-31',
			'2026-02-28'
		]);
	});
});
