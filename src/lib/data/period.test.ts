import { describe, expect, it } from 'vitest';
import { addDays, completeMonths, firstCompleteMonth, monthsIn } from './period';

describe('the first complete month of an extract', () => {
	it('is the first month when the extract holds all its activity from the first day', () => {
		expect(firstCompleteMonth({ from: '2023-11-01', to: '2026-10-31' })).toBe('2023-11-01');
		expect(
			firstCompleteMonth({ from: '2023-11-01', to: '2026-10-31', completeFrom: '2023-11-01' })
		).toBe('2023-11-01');
	});

	it('skips a first month the extract misses activity in, or starts part-way through', () => {
		// Cut by due date: November's activity on episodes due in October is missing.
		expect(
			firstCompleteMonth({ from: '2023-11-01', to: '2026-10-31', completeFrom: '2023-12-01' })
		).toBe('2023-12-01');
		expect(firstCompleteMonth({ from: '2023-11-15', to: '2026-10-31' })).toBe('2023-12-01');
		expect(
			firstCompleteMonth({ from: '2023-11-01', to: '2026-10-31', completeFrom: '2023-12-31' })
		).toBe('2024-01-01');
	});
});

describe('complete months', () => {
	const extract = { from: '2023-11-01', to: '2026-10-31', completeFrom: '2023-12-01' };

	it('covers the whole extract from its first complete month', () => {
		expect(completeMonths(extract)).toEqual({ from: '2023-12-01', to: '2026-10-31' });
	});

	it('keeps a chosen period inside the complete months', () => {
		expect(completeMonths(extract, { from: '2023-11-01', to: '2024-06-30' })).toEqual({
			from: '2023-12-01',
			to: '2024-06-30'
		});
		expect(completeMonths(extract, { from: '2025-01-01', to: '2025-03-31' })).toEqual({
			from: '2025-01-01',
			to: '2025-03-31'
		});
	});

	it('drops part-months at either end of the chosen period', () => {
		expect(completeMonths(extract, { from: '2025-01-10', to: '2025-03-30' })).toEqual({
			from: '2025-02-01',
			to: '2025-02-28'
		});
	});

	it('is empty when no month is complete', () => {
		const none = completeMonths(extract, { from: '2023-11-01', to: '2023-11-30' });
		expect(none.from > none.to).toBe(true);
		expect(monthsIn(none)).toBe(0);
	});
});

describe('date helpers', () => {
	it('counts calendar months, inclusive', () => {
		expect(monthsIn({ from: '2023-12-01', to: '2024-06-30' })).toBe(7);
		expect(monthsIn({ from: '2025-11-01', to: '2026-10-31' })).toBe(12);
	});

	it('adds days across month and year ends', () => {
		expect(addDays('2026-10-31', -29)).toBe('2026-10-02');
		expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
	});
});
