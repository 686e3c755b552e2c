import { describe, expect, it } from 'vitest';
import { defaultClearBy, flowWindow, monthEnds, selectedPeriod, weeksBetween } from './period';

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

	it('names the 13 weeks the queue flows average over', () => {
		// 91 days ending 31 October: 31 Oct + 30 Sep + 31 Aug = 92 days back to 1 August, so 2 August.
		expect(flowWindow('2026-10-31', 13)).toEqual({ from: '2026-08-02', to: '2026-10-31' });
	});
});

describe('monthEnds', () => {
	it('lists every month end in the period', () => {
		expect(monthEnds({ from: '2025-11-01', to: '2026-02-28' })).toEqual([
			'2025-11-30',
			'2025-12-31',
			'2026-01-31',
			'2026-02-28'
		]);
	});
});
