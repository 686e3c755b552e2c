/** The reporting window of an activity dataset, as recorded in the manifest by the data build. */
import type { DatasetName, Manifest, Period } from './datasets';

export function reportingPeriod(manifest: Manifest, name: DatasetName): Period {
	const period = manifest.datasets.find((d) => d.name === name)?.period;
	if (!period) throw new Error(`manifest.json gives no reporting period for ${name}`);
	return period;
}

/** ISO date of the first day of the month `months` after the one `isoDate` falls in. */
export function monthStart(isoDate: string, months = 0): string {
	const [year, month] = isoDate.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

/** ISO date of the last day of the month before the one `isoDate` falls in. */
export function previousMonthEnd(isoDate: string): string {
	const [year, month] = isoDate.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/** ISO date `days` after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * The first complete calendar month of an extract (its first day): the first month that starts
 * on or after the day from which the extract holds all activity (`completeFrom`, else `from`).
 * An extract cut by the date each record starts misses, in its first weeks, activity on records
 * that started earlier (a pessary change due in October and done in November), and one that
 * starts mid-month covers only part of that month: either way the month is partial and must not
 * enter a monthly chart or a before/after comparison.
 */
export function firstCompleteMonth(extract: Period): string {
	const start = extract.completeFrom ?? extract.from;
	return start.endsWith('-01') ? start : monthStart(start, 1);
}

/**
 * The whole calendar months of `within` (default: the whole extract) in which the extract is
 * complete: what every monthly chart and before/after comparison covers. A month that ends after
 * the extract, or after `within`, is left out too. Empty (`from` after `to`) when none is complete.
 */
export function completeMonths(extract: Period, within: Period = extract): Period {
	const earliest = [firstCompleteMonth(extract), within.from].sort().at(-1)!;
	const latest = [extract.to, within.to].sort()[0];
	return {
		from: earliest.endsWith('-01') ? earliest : monthStart(earliest, 1),
		to: addDays(latest, 1).endsWith('-01') ? latest : previousMonthEnd(latest)
	};
}

/** Calendar months from `period.from`'s month to `period.to`'s, inclusive (0 when empty). */
export function monthsIn(period: Period): number {
	const [fromYear, fromMonth] = period.from.split('-').map(Number);
	const [toYear, toMonth] = period.to.split('-').map(Number);
	return Math.max(0, (toYear - fromYear) * 12 + toMonth - fromMonth + 1);
}
