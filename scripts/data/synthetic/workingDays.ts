/**
 * Working days (Monday to Friday, not an England and Wales bank holiday) as day numbers
 * (calendar.ts). LARC requests, fits and removals and ring pessary episodes happen in GP
 * practices, hubs and outpatient clinics, so the synthetic activity falls on working days only.
 */
import { monthEndDay, monthStartDay, parseDay } from './calendar';

/**
 * Bank holidays in England and Wales, 2020–2027, as published on GOV.UK "UK bank holidays"
 * (https://www.gov.uk/bank-holidays), including substitute days and the one-off holidays of
 * 2020 (VE Day, replacing the early May holiday), 2022 (Platinum Jubilee, the State Funeral of
 * Queen Elizabeth II) and 2023 (Coronation of King Charles III). Outside these years only
 * weekends are closed.
 */
// prettier-ignore
export const ENGLAND_AND_WALES_BANK_HOLIDAYS = [
	'2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
	'2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
	'2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
	'2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
	'2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
	'2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
	'2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
	'2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'
] as const;

const BANK_HOLIDAYS = new Set<number>(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(parseDay));

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function dayOfWeek(day: number): number {
	return (((day + 4) % 7) + 7) % 7;
}

export function isWorkingDay(day: number): boolean {
	const weekday = dayOfWeek(day);
	return weekday !== 0 && weekday !== 6 && !BANK_HOLIDAYS.has(day);
}

/** The day itself if it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(day: number): number {
	let next = day;
	while (!isWorkingDay(next)) next++;
	return next;
}

const byMonth = new Map<number, Int32Array>();

/** The working days of a month (calendar.ts month index), in order; cached. */
export function workingDaysOf(monthIndex: number): Int32Array {
	let days = byMonth.get(monthIndex);
	if (!days) {
		const list: number[] = [];
		for (let day = monthStartDay(monthIndex); day <= monthEndDay(monthIndex); day++) {
			if (isWorkingDay(day)) list.push(day);
		}
		days = Int32Array.from(list);
		byMonth.set(monthIndex, days);
	}
	return days;
}
