import { describe, expect, it } from 'vitest';
import { chooseMonth, parseMonthParam, withMonth } from './monthParam';

const AVAILABLE = ['2025-09-01', '2025-10-01', '2025-11-01'];

describe('month URL parameter', () => {
	it('chooses the month asked for when there is data for it, else the latest', () => {
		expect(chooseMonth(parseMonthParam(new URLSearchParams('month=2025-10')), AVAILABLE)).toBe(
			'2025-10-01'
		);
		expect(chooseMonth(parseMonthParam(new URLSearchParams('')), AVAILABLE)).toBe('2025-11-01');
		expect(chooseMonth(parseMonthParam(new URLSearchParams('month=2024-01')), AVAILABLE)).toBe(
			'2025-11-01'
		);
		expect(chooseMonth({ kind: 'latest' }, [])).toBeUndefined();
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
	});

	it('writes YYYY-MM and keeps other parameters', () => {
		expect(withMonth(new URLSearchParams('a=b'), '2025-10-01')).toBe('?a=b&month=2025-10');
	});
});
