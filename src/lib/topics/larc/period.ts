/** The period the /larc page reports: the user's months, kept inside the extract's window. */
import type { Period } from '$lib/data/datasets';

function lastDayOfMonth(month: string): string {
	const [year, m] = month.split('-').map(Number);
	return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

export function selectedPeriod(extract: Period, fromMonth?: string, toMonth?: string): Period {
	const from = fromMonth ? `${fromMonth}-01` : extract.from;
	const to = toMonth ? lastDayOfMonth(toMonth) : extract.to;
	return {
		from: from < extract.from || from > extract.to ? extract.from : from,
		to: to > extract.to || to < extract.from ? extract.to : to
	};
}

/** The default date to clear an excess queue by: 26 weeks after the as-at date (NHSRwaitinglist). */
export function defaultClearBy(asAt: string): string {
	const date = new Date(`${asAt}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 26 * 7);
	return date.toISOString().slice(0, 10);
}

export function weeksBetween(from: string, to: string): number {
	return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (7 * 86_400_000);
}

/**
 * The days the queue flows average over: the `weeks` weeks up to and including the as-at date
 * (larcFlows counts dates after as-at − 7 × weeks days).
 */
export function flowWindow(asAt: string, weeks: number): Period {
	const from = new Date(`${asAt}T00:00:00Z`);
	from.setUTCDate(from.getUTCDate() - weeks * 7 + 1);
	return { from: from.toISOString().slice(0, 10), to: asAt };
}

/** Month ends of a period, for month pickers and monthly tables. */
export function monthEnds(period: Period): string[] {
	const ends: string[] = [];
	const [y, m] = period.from.split('-').map(Number);
	for (let i = 0; ; i++) {
		const end = new Date(Date.UTC(y, m - 1 + i + 1, 0)).toISOString().slice(0, 10);
		if (end > period.to) return ends;
		ends.push(end);
	}
}
