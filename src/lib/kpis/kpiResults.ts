/**
 * From query rows to the headline figure of each KPI: its latest value, the period it is for, and
 * a one-sentence reading (SPC for monthly series, a confidence interval or the standard otherwise).
 */
import type { LarcReason } from '$lib/data/datasets';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import type { CommunityShareByMonthRow } from '$lib/queries/larcCommunityShare';
import type { CwtPerformanceRow } from '$lib/queries/cancerStandards';
import type { RttMonthRow } from '$lib/queries/rttCompleted';
import {
	overdueIfDueBy,
	PESSARY_CHANGE_GRACE_WEEKS,
	type PessaryOverdueRow
} from '$lib/queries/pessaryActivity';
import { ptdSpc, spcReading, type SpcResult } from '$lib/stats/spc';
import { wilsonLower, wilsonUpper } from '$lib/stats/confidenceIntervals';
import { discloseDerived, drawableCount } from '$lib/stats/disclosure';
import {
	formatDay,
	formatMonth,
	formatPercent1dp,
	formatSuppressedCount
} from '$lib/format/numbers';
import { standardsInForce } from './cancerStandards';
import { KPIS, type KpiId } from './registry';
import { MIN_SPC_POINTS, monthlyList } from './larcSpcSeries';
import {
	changeText,
	communityShareHistory,
	previousOf,
	rttMonthlyShares,
	type KpiPrevious,
	type KpiTrendPoint
} from './kpiTrend';

/** First and last month (YYYY-MM), inclusive. */
export interface MonthRange {
	from: string;
	to: string;
}

export interface KpiResult {
	id: KpiId;
	value: number | null;
	valueText: string;
	/** e.g. "October 2026". */
	period: string;
	/**
	 * The months the figure and its reading are computed from (for an SPC reading, the whole
	 * series). The detail link opens these months; the last one dates the tile against the board
	 * month. Null when there is no figure, or when it is for no month (a modelled configuration).
	 */
	basis: MonthRange | null;
	reading: string;
	spc: SpcResult | null;
	/** The series the tile's sparkline draws, as published (a withheld figure is a gap). */
	trend: KpiTrendPoint[];
	/** The change from the previous period in words; null with nothing to compare. */
	change: string | null;
}

const NOT_AVAILABLE = (id: KpiId, why: string): KpiResult => ({
	id,
	value: null,
	valueText: 'Not available',
	period: '',
	basis: null,
	reading: why,
	spc: null,
	trend: [],
	change: null
});

/** The trend and the change of its last point from the previous period. */
function history(
	id: KpiId,
	trend: KpiTrendPoint[],
	previous: KpiPrevious | null = previousOf(trend)
) {
	return { trend, change: changeText(KPIS[id].unit, trend.at(-1)?.value ?? null, previous) };
}

const monthsOf = (from: string, to = from): MonthRange => ({
	from: from.slice(0, 7),
	to: to.slice(0, 7)
});

/** `shown(i)`: point i as published (a count rounded, a share from counts of 1–7 withheld). */
function withSpc(
	id: KpiId,
	dates: string[],
	values: number[],
	format: (v: number) => string,
	shown: (i: number) => number | null
): KpiResult {
	const { polarity, target } = KPIS[id];
	const last = values.length - 1;
	const spc =
		values.length >= MIN_SPC_POINTS
			? ptdSpc(values, {
					dates,
					improvementDirection: polarity === 'lower_is_better' ? 'decrease' : 'increase',
					target: target?.value ?? null
				})
			: null;
	const reading = spc ? spcReading(spc) : null;
	return {
		id,
		value: values[last],
		valueText: format(values[last]),
		period: formatMonth(dates[last]),
		basis: monthsOf(dates[0], dates[last]),
		reading: reading
			? [reading.variation, reading.assurance].filter(Boolean).join('. ') + '.'
			: `Too few months (${values.length}) for SPC.`,
		spc,
		...history(
			id,
			dates.map((date, i) => ({ date, value: shown(i) }))
		)
	};
}

export function larcListKpi(rows: readonly WaitingListRow[], reason: LarcReason): KpiResult {
	const id: KpiId =
		reason === 'gynaecological' ? 'gynae_larc_waiting' : 'contraceptive_larc_waiting';
	const points = monthlyList(rows, reason);
	if (points.length === 0) return NOT_AVAILABLE(id, 'No LARC requests in the extract.');
	const dates = points.map((p) => p.month_end);
	return withSpc(
		id,
		dates,
		points.map((p) => p.waiting),
		formatSuppressedCount,
		(i) => drawableCount(points[i].waiting)
	);
}

export function gynaeWithinTargetKpi(rows: readonly WaitingListRow[]): KpiResult {
	const points = monthlyList(rows, 'gynaecological').filter((p) => p.waiting > 0);
	if (points.length === 0) return NOT_AVAILABLE('gynae_larc_within_target', 'Nobody is waiting.');
	return withSpc(
		'gynae_larc_within_target',
		points.map((p) => p.month_end),
		points.map((p) => p.within_target / p.waiting),
		formatPercent1dp,
		(i) =>
			discloseDerived(points[i].within_target / points[i].waiting, [
				points[i].waiting,
				points[i].within_target
			])
	);
}

/** The last three months pooled: monthly shares are too noisy for a headline. */
export function communityShareKpi(byMonth: readonly CommunityShareByMonthRow[]): KpiResult {
	const id: KpiId = 'gynae_larc_community_share';
	const recent = byMonth.slice(-3);
	const community = recent.reduce((s, r) => s + r.community_fits, 0);
	const all = recent.reduce((s, r) => s + r.all_fits, 0);
	if (all === 0) return NOT_AVAILABLE(id, 'No gynaecological LARC fits in the last 3 months.');
	const [lower, upper] = [wilsonLower(community, all), wilsonUpper(community, all)];
	const scenario = KPIS[id].target!.value;
	const versus =
		lower > scenario ? 'above' : upper < scenario ? 'below' : 'not significantly different from';
	return {
		id,
		value: community / all,
		valueText: formatPercent1dp(community / all),
		period: `${formatMonth(recent[0].month_end)} to ${formatMonth(recent[recent.length - 1].month_end)}`,
		basis: monthsOf(recent[0].month_end, recent[recent.length - 1].month_end),
		reading: `95% CI ${formatPercent1dp(lower)} to ${formatPercent1dp(upper)}: ${versus} the 50% national scenario.`,
		spc: null,
		...communityShareHistory(byMonth)
	};
}

/** Changes overdue past the grace period; first fits waiting are a wait, shown beside them. */
export function pessaryOverdueKpi(
	icb: PessaryOverdueRow | undefined,
	asAt: string,
	graceWeeks = PESSARY_CHANGE_GRACE_WEEKS,
	/** Changes overdue at earlier month ends, oldest first: the sparkline before `asAt`. */
	earlier: readonly { asAt: string; changes_overdue: number }[] = []
): KpiResult {
	const id: KpiId = 'pessary_changes_overdue';
	if (!icb) return NOT_AVAILABLE(id, 'No ring pessary episodes in the extract.');
	const dueBy = formatDay(overdueIfDueBy(asAt, graceWeeks));
	return {
		id,
		value: icb.changes_overdue,
		valueText: formatSuppressedCount(icb.changes_overdue),
		period: formatMonth(asAt),
		basis: monthsOf(asAt),
		reading:
			`Routine changes more than ${graceWeeks} weeks past due and not done, of ` +
			`${formatSuppressedCount(icb.changes_due)} due by ${dueBy}. ` +
			`First fits waiting (not counted as overdue): ${formatSuppressedCount(icb.first_fits_waiting)}.`,
		spc: null,
		...history(
			id,
			[...earlier, { asAt, changes_overdue: icb.changes_overdue }].map((r) => ({
				date: r.asAt,
				value: drawableCount(r.changes_overdue)
			}))
		)
	};
}

export function fasterDiagnosisKpi(rows: readonly CwtPerformanceRow[]): KpiResult {
	const id: KpiId = 'fds_gynaecology';
	const published = rows.filter(
		(r) => r.total !== null && r.within_standard !== null && r.total > 0
	);
	const latest = published.at(-1);
	if (!latest) return NOT_AVAILABLE(id, 'Not published.');
	const share = latest.within_standard! / latest.total!;
	const { standard, ambition } = standardsInForce('faster_diagnosis_28d', latest.period);
	return {
		id,
		value: share,
		valueText: formatPercent1dp(share),
		period: formatMonth(latest.period),
		basis: monthsOf(latest.period),
		reading:
			`${latest.within_standard} of ${latest.total} patients` +
			(standard === null
				? '; no standard in force that month'
				: `, against the ${formatPercent1dp(standard.value)} operational standard in force that month`) +
			(ambition?.dueBy
				? `; the ambition for the year was ${formatPercent1dp(ambition.value)} by ${formatMonth(ambition.dueBy)}.`
				: '.'),
		spc: null,
		// Published months only, each as published: the previous is the month published before.
		...history(
			id,
			published.map((r) => ({ date: r.period, value: r.within_standard! / r.total! }))
		)
	};
}

export function rttWithin18WeeksKpi(rows: readonly RttMonthRow[]): KpiResult {
	const id: KpiId = 'rtt_gynaecology_within_18_weeks';
	const latestPeriod = rows
		.map((r) => r.period)
		.sort()
		.at(-1);
	const month = rows.filter((r) => r.period === latestPeriod);
	const complete = month.every((r) => r.completed !== null && r.within_18_weeks !== null);
	const completed = month.reduce((s, r) => s + (r.completed ?? 0), 0);
	if (!latestPeriod || !complete || completed === 0) return NOT_AVAILABLE(id, 'Not published.');
	const within = month.reduce((s, r) => s + (r.within_18_weeks ?? 0), 0);
	return {
		id,
		value: within / completed,
		valueText: formatPercent1dp(within / completed),
		period: formatMonth(latestPeriod),
		basis: monthsOf(latestPeriod),
		reading: `${within.toLocaleString('en-GB')} of ${completed.toLocaleString('en-GB')} completed pathways (published counts).`,
		spc: null,
		...history(id, rttMonthlyShares(rows))
	};
}
