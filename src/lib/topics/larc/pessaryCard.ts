/**
 * Everything the ring pessary card shows, from query rows: the summary, the monthly episodes, the
 * before/after comparison with its real windows, the table of changes overdue and first fits
 * waiting, and a download of each table. Counts are shown and drawn as published; a share and its
 * interval are withheld where either count is 1–7. PessaryCard.svelte draws this model.
 */
import type {
	PessaryByMonthRow,
	PessaryOverdueRow,
	PessaryShiftRow
} from '$lib/queries/pessaryActivity';
import { overdueIfDueBy } from '$lib/queries/pessaryActivity';
import { CARE_SETTINGS, type Period } from '$lib/data/datasets';
import type { Series } from '$lib/components/charts/types';
import {
	formatDay,
	formatPercent1dp,
	formatShortMonth,
	formatSuppressedCount
} from '$lib/format/numbers';
import { SUPPRESSED } from '$lib/stats/disclosure';
import type { Download } from '$lib/csv/download';
import { fillMonths } from '$lib/csv/months';
import { isWithheldShare, shareWithInterval, type ShareWithInterval } from './communityShare';
import { monthEnds } from './period';
import { pessaryMonths, pessarySeries, SETTING_LABEL } from './pessarySeries';
import { windowLabel, type PessaryWindows } from './pessaryWindows';
import { formatWeeks } from './waitsSummary';
import { PHASE_LABEL, pessaryDownloads, type Compared } from './pessaryDownloads';

export interface PessaryCardInput {
	byMonth: readonly PessaryByMonthRow[];
	overdue: readonly PessaryOverdueRow[];
	shift: readonly PessaryShiftRow[];
	/** Null when no hub has opened: there is nothing to compare. */
	windows: PessaryWindows | null;
	firstHubOpen: string | null;
	areaLabel: string;
	asAt: string;
	graceWeeks: number;
	/** The months charted: the whole months of the period chosen in which the extract is complete. */
	months: Period;
}

export interface ComparisonRow {
	key: PessaryShiftRow['phase'];
	label: string;
	/** e.g. "December 2023 to June 2024 (7 months)". */
	window: string;
	community: string;
	all: string;
	share: string;
	interval: string;
}

export interface OverdueTableRow {
	key: string;
	area: string;
	changesDue: string;
	changesOverdue: string;
	medianWeeksPastDue: string;
	firstFitsWaiting: string;
	medianWeeksFirstFitWaiting: string;
}

export interface PessaryCardModel {
	id: 'pessary';
	title: string;
	kind: 'synthetic';
	summary: string;
	chart: { heading: string; label: string; yLabel: string; series: Series[] };
	/** Column headings of the monthly table, one per setting, in the order of each row's cells. */
	settingLabels: string[];
	monthsCaption: string;
	/** Every month charted, its episodes by setting as published. */
	monthRows: { key: string; month: string; episodes: string[] }[];
	comparisonCaption: string;
	comparison: ComparisonRow[];
	/** What "overdue" means here, with the grace period and its source. */
	overdueRule: string;
	/** What the two sides of the comparison cover, in real dates and months. */
	windowsRule: string;
	/** The cut-off the "due" column counts to, e.g. "due by 2 October 2026". */
	dueBy: string;
	overdueHeading: string;
	overdueCaption: string;
	overdueRows: OverdueTableRow[];
	/** One for each table: episodes by month, the comparison, and overdue changes. */
	downloads: Download[];
}

/** "from December 2023 to June 2024 (7 months)", or "in July 2024 (1 month)". */
const during = (window: string) => (window.includes(' to ') ? `from ${window}` : `in ${window}`);

const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;

/** A median is shown only when the count it summarises is shown (not suppressed or zero). */
function medianOf(count: number, median: number | null): string {
	if (count === 0) return '–';
	return count <= 7 ? '*' : formatWeeks(median);
}

const WINDOW_OF: Record<PessaryShiftRow['phase'], keyof PessaryWindows> = {
	before_hubs: 'before',
	since_hubs: 'since'
};

function comparisonRow(
	phase: PessaryShiftRow['phase'],
	window: string,
	share: ShareWithInterval
): ComparisonRow {
	const withheld = isWithheldShare(share);
	return {
		key: phase,
		label: PHASE_LABEL[phase],
		window,
		community: formatSuppressedCount(share.community),
		all: formatSuppressedCount(share.all),
		share: withheld ? SUPPRESSED : formatPercent1dp(share.share),
		interval: withheld
			? SUPPRESSED
			: `${formatPercent1dp(share.lower)} to ${formatPercent1dp(share.upper)}`
	};
}

export function pessaryCardModel(input: PessaryCardInput): PessaryCardModel {
	const { areaLabel, asAt, graceWeeks } = input;
	const labels = input.windows && {
		before_hubs: windowLabel(input.windows.before),
		since_hubs: windowLabel(input.windows.since)
	};
	const compared = (['before_hubs', 'since_hubs'] as const).flatMap((phase): Compared[] => {
		const row = input.shift.find((s) => s.phase === phase);
		const share = row && shareWithInterval(row.community_episodes, row.all_episodes);
		const label = labels?.[phase];
		return share && label && input.windows
			? [{ phase, window: input.windows[WINDOW_OF[phase]], label, share }]
			: [];
	});
	const shares = compared.map((c) => comparisonRow(c.phase, c.label, c.share));
	// The comparison is stated only when both of its shares may be shown.
	const stated = compared.some((c) => isWithheldShare(c.share)) ? [] : shares;
	const before = stated.find((r) => r.key === 'before_hubs');
	const since = stated.find((r) => r.key === 'since_hubs');
	const opened = input.firstHubOpen
		? `, before the first hub opened on ${formatDay(input.firstHubOpen)}`
		: '';
	const shift =
		before && since
			? `In ${areaLabel}, ${since.share} (95% CI ${since.interval}) of ring pessary episodes ${during(since.window)} ` +
				`were done in primary care or a hub, against ${before.share} ${during(before.window)}${opened}.`
			: `In ${areaLabel}, there are too few episodes to compare before and since the hubs opened.`;

	const dueByDate = overdueIfDueBy(asAt, graceWeeks);
	const dueBy = `due by ${formatDay(dueByDate)}`;
	const total = input.overdue.find((o) => o.is_total);
	const overdue = total
		? ` At ${formatDay(asAt)}, ${formatSuppressedCount(total.changes_overdue)} routine changes were more than ` +
			`${weeks(graceWeeks)} past due and not done (of ${formatSuppressedCount(total.changes_due)} ${dueBy}), ` +
			`and ${formatSuppressedCount(total.first_fits_waiting)} women were waiting for a first fit.`
		: '';

	// Every month charted: a month with no episodes is 0, not a missing row.
	const months = fillMonths(
		monthEnds(input.months),
		pessaryMonths(input.byMonth),
		(m) => m.month_end,
		(month_end) => ({ month_end, primary_care: 0, hub: 0, secondary_care: 0 })
	);

	return {
		id: 'pessary',
		title: 'Ring pessary care: moving out of hospital',
		kind: 'synthetic',
		summary: shift + overdue,
		chart: {
			heading: 'Ring pessary episodes done each month, by setting',
			label: `Line chart: ring pessary episodes done each month by setting, ${areaLabel}`,
			yLabel: 'Episodes done',
			series: pessarySeries(months)
		},
		settingLabels: CARE_SETTINGS.map((s) => SETTING_LABEL[s]),
		monthsCaption: `Ring pessary episodes done each month by setting, ${areaLabel}`,
		monthRows: months.map((m) => ({
			key: m.month_end,
			month: formatShortMonth(m.month_end),
			episodes: CARE_SETTINGS.map((s) => formatSuppressedCount(m[s]))
		})),
		comparisonCaption: `Ring pessary episodes done in primary care or a hub, before and since the hubs, ${areaLabel}`,
		comparison: shares,
		overdueRule:
			`A routine change is overdue when it is more than ${weeks(graceWeeks)} past its due date and not done ` +
			`by ${formatDay(asAt)}: the grace period is a local assumption (no national standard says how late a change may be). ` +
			`A first fit is not a change: women referred for one and not yet fitted are counted as waiting, not overdue.`,
		windowsRule: labels
			? `"Before" is ${labels.before_hubs ?? 'empty'}: the 12 months before the month the first hub opened, ` +
				`cut to the whole months in which the extract is complete (its first month misses changes due before it and done in it). ` +
				`"Last 12 months" is ${labels.since_hubs ?? 'empty'}.`
			: 'No hub has opened, so there is nothing to compare.',
		dueBy,
		overdueHeading: `Overdue changes and first fits waiting at ${formatDay(asAt)}`,
		overdueCaption:
			`Ring pessary routine changes overdue (${dueBy} and not done) and women waiting for a first ` +
			`fit, at ${formatDay(asAt)}, ${areaLabel}`,
		overdueRows: input.overdue.map((o) => ({
			key: o.locality,
			area: o.locality,
			changesDue: formatSuppressedCount(o.changes_due),
			changesOverdue: formatSuppressedCount(o.changes_overdue),
			medianWeeksPastDue: medianOf(o.changes_overdue, o.median_weeks_past_due),
			firstFitsWaiting: formatSuppressedCount(o.first_fits_waiting),
			medianWeeksFirstFitWaiting: medianOf(o.first_fits_waiting, o.median_weeks_first_fit_waiting)
		})),
		downloads: pessaryDownloads(input, months, compared, dueByDate)
	};
}
