/**
 * A KPI's recent history as a tile shows it: the points its sparkline draws (as published, so a
 * withheld count is a gap) and its change from the previous period, in words. One month's change
 * is a fact, not a finding: the SPC reading says whether it matters.
 */
import type { CommunityShareByMonthRow } from '$lib/queries/larcCommunityShare';
import type { RttMonthRow } from '$lib/queries/rttCompleted';
import { formatCount, formatMonth, formatPercent1dp, formatRatio } from '$lib/format/numbers';
import { discloseDerived } from '$lib/stats/disclosure';

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
	unit: 'count' | 'proportion' | 'ratio',
	latest: number | null,
	previous: KpiPrevious | null
): string | null {
	if (!previous) return null;
	if (latest === null || previous.value === null)
		return `Change from ${previous.period} not shown: a figure it needs is withheld (1 to 7) or not published.`;
	// The change is between the figures as shown, so "0.74, up from 0.74" can never be written.
	const asShown = (x: number) =>
		unit === 'ratio'
			? Number(formatRatio(x))
			: unit === 'proportion'
				? Math.round(x * 1000) / 1000
				: x;
	const difference = asShown(latest) - asShown(previous.value);
	if (unit === 'count') {
		const size = formatCount(Math.abs(difference));
		return difference === 0
			? `No change from ${previous.period} (${formatCount(previous.value)})`
			: `${difference > 0 ? 'Up' : 'Down'} ${size} from ${previous.period} (${formatCount(previous.value)})`;
	}
	if (unit === 'ratio') {
		const size = Math.abs(difference).toFixed(2);
		return size === '0.00'
			? `No change from ${previous.period} (${formatRatio(previous.value)})`
			: `${size} ${difference > 0 ? 'higher' : 'lower'} than ${previous.period} (${formatRatio(previous.value)})`;
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

/** Monthly shares for the sparkline; the change compares the pooled three months before. */
export function communityShareHistory(byMonth: readonly CommunityShareByMonthRow[]) {
	const pooled = (rows: readonly CommunityShareByMonthRow[]) => {
		const community = rows.reduce((s, r) => s + r.community_fits, 0);
		const all = rows.reduce((s, r) => s + r.all_fits, 0);
		return all === 0 ? null : discloseDerived(community / all, [community, all]);
	};
	const before = byMonth.slice(-6, -3);
	const trend = byMonth.map((r) => ({
		date: r.month_end,
		value:
			r.all_fits === 0
				? null
				: discloseDerived(r.community_fits / r.all_fits, [r.community_fits, r.all_fits])
	}));
	const previous =
		before.length === 3
			? {
					period: `${formatMonth(before[0].month_end)} to ${formatMonth(before[2].month_end)}`,
					value: pooled(before)
				}
			: null;
	return {
		trend,
		change: changeText('proportion', pooled(byMonth.slice(-3)), previous)
	};
}

/** Each published month's share within 18 weeks, admitted and non-admitted together. */
export function rttMonthlyShares(rows: readonly RttMonthRow[]): KpiTrendPoint[] {
	const periods = [...new Set(rows.map((r) => r.period))].sort();
	return periods.map((period) => {
		const month = rows.filter((r) => r.period === period);
		const completed = month.reduce((s, r) => s + (r.completed ?? 0), 0);
		const complete = month.every((r) => r.completed !== null && r.within_18_weeks !== null);
		const within = month.reduce((s, r) => s + (r.within_18_weeks ?? 0), 0);
		return { date: period, value: complete && completed > 0 ? within / completed : null };
	});
}
