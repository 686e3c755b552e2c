/** Working days for the synthetic activity, checked against a calendar worked out by hand. */
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, parseMonth } from '../../scripts/data/synthetic/calendar';
import {
	dayOfWeek,
	isWorkingDay,
	nextWorkingDay,
	workingDaysOf
} from '../../scripts/data/synthetic/workingDays';

describe('working days', () => {
	it('knows the day of the week', () => {
		expect(dayOfWeek(parseDay('1970-01-01'))).toBe(4); // a Thursday
		expect(dayOfWeek(parseDay('2026-10-31'))).toBe(6); // a Saturday
		expect(dayOfWeek(parseDay('2024-03-31'))).toBe(0); // Easter Sunday 2024
		expect(dayOfWeek(parseDay('1969-12-31'))).toBe(3); // before day 0: a Wednesday
	});

	it('closes weekends and England and Wales bank holidays, substitute days included', () => {
		expect(isWorkingDay(parseDay('2026-10-30'))).toBe(true); // Friday
		expect(isWorkingDay(parseDay('2026-10-31'))).toBe(false); // Saturday
		expect(isWorkingDay(parseDay('2026-11-01'))).toBe(false); // Sunday
		expect(isWorkingDay(parseDay('2024-03-29'))).toBe(false); // Good Friday
		expect(isWorkingDay(parseDay('2024-04-01'))).toBe(false); // Easter Monday
		expect(isWorkingDay(parseDay('2022-09-19'))).toBe(false); // State Funeral
		expect(isWorkingDay(parseDay('2023-05-08'))).toBe(false); // Coronation
		expect(isWorkingDay(parseDay('2026-12-28'))).toBe(false); // Boxing Day substitute (26th a Saturday)
		expect(isWorkingDay(parseDay('2026-12-29'))).toBe(true);
	});

	it('moves a closed day to the next working day', () => {
		expect(formatDay(nextWorkingDay(parseDay('2026-12-24')))).toBe('2026-12-24');
		// Christmas (Friday), the weekend and the Boxing Day substitute (Monday) are all closed.
		expect(formatDay(nextWorkingDay(parseDay('2026-12-25')))).toBe('2026-12-29');
		expect(formatDay(nextWorkingDay(parseDay('2024-03-29')))).toBe('2024-04-02');
	});

	it('lists the working days of a month', () => {
		// December 2026 starts on a Tuesday: 23 weekdays, less Christmas Day and 28 December.
		const december = Array.from(workingDaysOf(parseMonth('2026-12')), formatDay);
		expect(december).toHaveLength(21);
		expect(december[0]).toBe('2026-12-01');
		expect(december.at(-1)).toBe('2026-12-31');
		expect(december).not.toContain('2026-12-25');
		// February 2025: 20 weekdays and no bank holiday.
		expect(workingDaysOf(parseMonth('2025-02'))).toHaveLength(20);
	});
});
