/**
 * The dates the /inequalities figures are for. Requests are counted over the 12 months ending a
 * month end (a year, so seasons do not move the rate); women waiting at a month end. The trend is
 * by quarter: each calendar quarter end at which the measure can be counted in full.
 */
import { addDays, firstCompleteMonth, monthStart } from '$lib/data/period';
import type { Period } from '$lib/data/datasets';
import type { LarcRateMeasure } from '$lib/url/inequalitiesParams';

const DAYS_PER_YEAR = 365.25;

/** The last day of the month `months` after the one `isoDate` falls in. */
function monthEnd(isoDate: string, months = 0): string {
	return addDays(monthStart(isoDate, months + 1), -1);
}

/** The dates a figure dated `end` counts: 12 months to it (requests), or the day itself (waiting). */
export function windowEnding(end: string, measure: LarcRateMeasure): Period {
	return measure === 'requests' ? { from: monthStart(end, -11), to: end } : { from: end, to: end };
}

/** Years of person-time in a window: a rate per 1,000 women a year divides by it; waiting by 1. */
export function personYears(window: Period, measure: LarcRateMeasure): number {
	if (measure === 'waiting') return 1;
	const days = (Date.parse(window.to) - Date.parse(window.from)) / 86_400_000 + 1;
	return days / DAYS_PER_YEAR;
}

/**
 * Quarter ends (March, June, September, December) whose figure the extract holds in full: for
 * requests, the whole 12 months must be inside the extract's complete months.
 */
export function quarterEnds(extract: Period, measure: LarcRateMeasure): string[] {
	const first = firstCompleteMonth(extract);
	const earliest = measure === 'requests' ? monthEnd(first, 11) : monthEnd(first);
	const ends: string[] = [];
	for (let end = monthEnd(earliest); end <= extract.to; end = monthEnd(end, 1)) {
		if (Number(end.slice(5, 7)) % 3 === 0) ends.push(end);
	}
	return ends;
}

/** The latest complete month end of the extract: the date of the figures by group. */
export function latestMonthEnd(extract: Period): string {
	return addDays(extract.to, 1).endsWith('-01') ? extract.to : addDays(monthStart(extract.to), -1);
}
