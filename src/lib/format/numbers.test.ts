import { describe, expect, it } from 'vitest';
import {
	formatMonth,
	formatPeriod,
	formatShortMonth,
	formatSuppressedCount,
	nearest,
	ONE_DECIMAL,
	PERCENT_1DP,
	TWO_DECIMALS,
	WHOLE_NUMBER
} from './numbers';

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

describe('formats shared by tables and downloads', () => {
	it('writes to a file exactly the digits shown on screen', () => {
		expect([ONE_DECIMAL.text(1234.56), ONE_DECIMAL.csv(1234.56)]).toEqual(['1,234.6', 1234.6]);
		expect([TWO_DECIMALS.text(0.955), TWO_DECIMALS.csv(0.955)]).toEqual(['0.95', 0.95]);
		expect([WHOLE_NUMBER.text(241.5), WHOLE_NUMBER.csv(241.5)]).toEqual(['242', 242]);
		expect([PERCENT_1DP.text(0.55312), PERCENT_1DP.csv(0.55312)]).toEqual(['55.3%', 55.3]);
		expect([nearest(10).text(12_344), nearest(10).csv(12_344)]).toEqual(['12,340', 12_340]);
		expect(PERCENT_1DP.unit).toBe('percent');
	});

	it('names a period by its months, or by its days when it is not whole months', () => {
		expect(formatPeriod({ from: '2023-12-01', to: '2026-10-31' })).toBe(
			'December 2023 to October 2026'
		);
		expect(formatPeriod({ from: '2024-02-01', to: '2024-02-29' })).toBe('February 2024');
		expect(formatPeriod({ from: '2026-08-02', to: '2026-10-31' })).toBe(
			'2 August 2026 to 31 October 2026'
		);
		expect(formatPeriod({ from: '2026-10-31', to: '2026-10-31' })).toBe('31 October 2026');
	});
});
