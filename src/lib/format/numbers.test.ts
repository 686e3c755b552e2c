import { describe, expect, it } from 'vitest';
import { formatMonth, formatShortMonth, formatSuppressedCount } from './numbers';

describe('display formats', () => {
	it('suppresses 1–7, rounds other counts to 5 and adds thousands separators', () => {
		expect(formatSuppressedCount(0)).toBe('0');
		expect(formatSuppressedCount(3)).toBe('*');
		expect(formatSuppressedCount(8)).toBe('10');
		expect(formatSuppressedCount(10_023)).toBe('10,025');
		expect(() => formatSuppressedCount(-1)).toThrow();
	});

	it('writes months the GOV.UK way', () => {
		expect(formatMonth('2026-10-31')).toBe('October 2026');
		expect(formatShortMonth('2026-02-28')).toBe('Feb 2026');
	});
});
