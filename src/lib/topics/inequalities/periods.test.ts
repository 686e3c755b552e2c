import { describe, expect, it } from 'vitest';
import { latestMonthEnd, personYears, quarterEnds, windowEnding } from './periods';

const EXTRACT = { from: '2023-11-01', to: '2026-10-31' };

describe('the dates of the inequality figures', () => {
	it('counts requests over the 12 months to a month end and waiting on the day', () => {
		expect(windowEnding('2026-10-31', 'requests')).toEqual({
			from: '2025-11-01',
			to: '2026-10-31'
		});
		expect(windowEnding('2026-10-31', 'waiting')).toEqual({ from: '2026-10-31', to: '2026-10-31' });
	});

	it('measures a year of person-time in 365.25-day years', () => {
		// 1 Nov 2025 to 31 Oct 2026: 365 days.
		expect(personYears({ from: '2025-11-01', to: '2026-10-31' }, 'requests')).toBeCloseTo(
			365 / 365.25,
			12
		);
		expect(personYears({ from: '2026-10-31', to: '2026-10-31' }, 'waiting')).toBe(1);
	});

	it('takes quarter ends whose whole window is in the extract', () => {
		// The first full 12 months of requests are November 2023 to October 2024.
		expect(quarterEnds(EXTRACT, 'requests')).toEqual([
			'2024-12-31',
			'2025-03-31',
			'2025-06-30',
			'2025-09-30',
			'2025-12-31',
			'2026-03-31',
			'2026-06-30',
			'2026-09-30'
		]);
		expect(quarterEnds(EXTRACT, 'waiting')[0]).toBe('2023-12-31');
		expect(quarterEnds(EXTRACT, 'waiting')).toHaveLength(12);
	});

	it('ends the figures by group at the last whole month', () => {
		expect(latestMonthEnd(EXTRACT)).toBe('2026-10-31');
		expect(latestMonthEnd({ from: '2023-11-01', to: '2026-10-15' })).toBe('2026-09-30');
	});
});
