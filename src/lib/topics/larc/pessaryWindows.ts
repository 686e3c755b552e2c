/**
 * The two windows the ring pessary before/after comparison uses: the year before the first hub
 * opened and the year to the as-at date, each cut to the whole months in which the extract is
 * complete (so a window can be shorter than a year, and says so).
 */
import type { Period } from '$lib/data/datasets';
import { completeMonths, monthStart, monthsIn, previousMonthEnd } from '$lib/data/period';
import { formatMonth } from '$lib/format/numbers';

/** Each side of the comparison covers at most a year, so seasons weigh the same on both. */
export const COMPARISON_MONTHS = 12;

export interface PessaryWindows {
	before: Period;
	since: Period;
}

/**
 * "Before" is the 12 calendar months before the month the first hub opened; "since" is the 12
 * months to the as-at date, never earlier than the month the first hub opened.
 */
export function pessaryComparisonWindows(a: {
	firstHubOpen: string;
	asAt: string;
	extract: Period;
}): PessaryWindows {
	const opened = monthStart(a.firstHubOpen);
	const lastYear = monthStart(a.asAt, 1 - COMPARISON_MONTHS);
	return {
		before: completeMonths(a.extract, {
			from: monthStart(opened, -COMPARISON_MONTHS),
			to: previousMonthEnd(opened)
		}),
		since: completeMonths(a.extract, {
			from: lastYear > opened ? lastYear : opened,
			to: a.asAt
		})
	};
}

/** "December 2023 to June 2024 (7 months)"; null for an empty window. */
export function windowLabel(window: Period): string | null {
	const months = monthsIn(window);
	if (window.from > window.to || months === 0) return null;
	const span =
		months === 1
			? formatMonth(window.from)
			: `${formatMonth(window.from)} to ${formatMonth(window.to)}`;
	return `${span} (${months} ${months === 1 ? 'month' : 'months'})`;
}
