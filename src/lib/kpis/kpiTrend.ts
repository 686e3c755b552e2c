/**
 * A KPI's recent history as a tile shows it: the points its sparkline draws (as published, so a
 * withheld count is a gap) and its change from the previous period, in words. One month's change
 * is a fact, not a finding: the SPC reading says whether it matters.
 */
import { formatCount, formatMonth, formatPercent1dp } from '$lib/format/numbers';

export interface KpiTrendPoint {
	/** ISO date the value is for (a month end or a month's first day). */
	date: string;
	/** As shown: a disclosed count or share; null where withheld or not published. */
	value: number | null;
}

export interface KpiPrevious {
	/** e.g. "September 2026". */
	period: string;
	/** As shown; null where withheld. */
	value: number | null;
}

/**
 * "Up 15 from September 2026", "1.2 percentage points lower than …", "No change from …"; null
 * with nothing to compare against.
 */
export function changeText(
	unit: 'count' | 'proportion',
	latest: number | null,
	previous: KpiPrevious | null
): string | null {
	if (!previous) return null;
	if (latest === null || previous.value === null)
		return `Change from ${previous.period} not shown: a figure it needs is withheld (1 to 7) or not published.`;
	const difference = latest - previous.value;
	if (unit === 'count') {
		const size = formatCount(Math.abs(difference));
		return difference === 0
			? `No change from ${previous.period} (${formatCount(previous.value)})`
			: `${difference > 0 ? 'Up' : 'Down'} ${size} from ${previous.period} (${formatCount(previous.value)})`;
	}
	const points = Math.abs(difference * 100).toFixed(1);
	return points === '0.0'
		? `No change from ${previous.period} (${formatPercent1dp(previous.value)})`
		: `${points} percentage points ${difference > 0 ? 'higher' : 'lower'} than ${previous.period} (${formatPercent1dp(previous.value)})`;
}

/** The previous point of a monthly trend, as a comparison; null with fewer than two points. */
export function previousOf(trend: readonly KpiTrendPoint[]): KpiPrevious | null {
	const previous = trend.at(-2);
	return previous ? { period: formatMonth(previous.date), value: previous.value } : null;
}
