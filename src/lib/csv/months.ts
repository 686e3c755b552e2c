/** Monthly series for tables and downloads: every month present, and the period they span. */
import type { Period } from '$lib/data/datasets';

/**
 * One row per month, in the order of `months`: the row found for it, or `empty(month)` when
 * nothing happened that month. A query that groups by month has no row for a month without
 * activity; a table or file must show that month as 0, not leave it out. Rows outside `months`
 * are dropped.
 */
export function fillMonths<T>(
	months: readonly string[],
	rows: readonly T[],
	monthOf: (row: T) => string,
	empty: (month: string) => T
): T[] {
	const byMonth = new Map(rows.map((r) => [monthOf(r), r]));
	return months.map((month) => byMonth.get(month) ?? empty(month));
}

/** The whole months that ISO dates fall in, from the first day of the first to the last day of the last. */
export function periodOfMonths(dates: readonly string[]): Period | null {
	if (dates.length === 0) return null;
	const sorted = [...dates].sort();
	const [year, month] = sorted[sorted.length - 1].split('-').map(Number);
	return {
		from: `${sorted[0].slice(0, 7)}-01`,
		to: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
	};
}
