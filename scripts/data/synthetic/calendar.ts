/**
 * Dates as whole days since 1970-01-01 (UTC) and months as a running index (year × 12 + month − 1):
 * integers keep the generators fast and free of time-zone surprises.
 */

export const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM' → month index. */
export function parseMonth(text: string): number {
	const match = /^(\d{4})-(\d{2})$/.exec(text);
	if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
		throw new Error(`Expected a month as YYYY-MM, got '${text}'`);
	}
	return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function formatMonth(monthIndex: number): string {
	const year = Math.floor(monthIndex / 12);
	return `${year}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
}

/** Month index of the month before the one containing `date` (the last complete month). */
export function previousMonth(date: Date): number {
	return date.getUTCFullYear() * 12 + date.getUTCMonth() - 1;
}

export function monthStartDay(monthIndex: number): number {
	return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / MS_PER_DAY;
}

export function monthEndDay(monthIndex: number): number {
	return monthStartDay(monthIndex + 1) - 1;
}

export function daysInMonth(monthIndex: number): number {
	return monthStartDay(monthIndex + 1) - monthStartDay(monthIndex);
}

export function monthOfDay(day: number): number {
	const date = new Date(day * MS_PER_DAY);
	return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** 'YYYY-MM-DD' → day number. */
export function parseDay(text: string): number {
	return Date.parse(`${text}T00:00:00Z`) / MS_PER_DAY;
}

export function formatDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A JS Date (as DuckDB returns a DATE) → day number. */
export function dayOfDate(date: Date): number {
	return Math.round(date.getTime() / MS_PER_DAY);
}
