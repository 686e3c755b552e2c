import { describe, expect, it } from 'vitest';
import { chooseMonth, parseMonthParam } from './monthParam';

const AVAILABLE = ['2025-09-01', '2025-10-01', '2025-11-01'];

describe('month URL parameter', () => {
	it('reads a month, or the first day of a month as a month select submits it', () => {
		expect(parseMonthParam(new URLSearchParams('month=2025-10'))).toEqual({
			kind: 'one',
			month: '2025-10'
		});
		expect(parseMonthParam(new URLSearchParams('month=2025-10-01'))).toEqual({
			kind: 'one',
			month: '2025-10'
		});
		expect(parseMonthParam(new URLSearchParams(''))).toEqual({ kind: 'latest' });
	});

	it('chooses the month asked for when there is data for it, else the latest', () => {
		expect(chooseMonth('2025-10', AVAILABLE)).toBe('2025-10-01');
		expect(chooseMonth(undefined, AVAILABLE)).toBe('2025-11-01');
		expect(chooseMonth('2024-01', AVAILABLE)).toBe('2025-11-01');
		expect(chooseMonth(undefined, [])).toBeUndefined();
	});

	it('reports a value that is not a month', () => {
		expect(parseMonthParam(new URLSearchParams('month=October'))).toEqual({
			kind: 'unknown',
			value: 'October'
		});
		expect(parseMonthParam(new URLSearchParams('month=2025-13'))).toEqual({
			kind: 'unknown',
			value: '2025-13'
		});
		expect(parseMonthParam(new URLSearchParams('month=2025-10-15'))).toEqual({
			kind: 'unknown',
			value: '2025-10-15'
		});
	});
});
