/**
 * Everything the ring pessary card shows, from query rows: the summary, the before/after
 * comparison with its real windows, and the table of changes overdue and first fits waiting.
 */
import type {
	PessaryByMonthRow,
	PessaryOverdueRow,
	PessaryShiftRow
} from '$lib/queries/pessaryActivity';
import { overdueIfDueBy } from '$lib/queries/pessaryActivity';
import { formatDay, formatPercent1dp, formatSuppressedCount } from '$lib/format/numbers';
import { shareWithInterval, type ShareWithInterval } from './communityShare';
import { pessaryMonths, type PessaryMonth } from './pessarySeries';
import { windowLabel, type PessaryWindows } from './pessaryWindows';
import { formatWeeks } from './waitsSummary';

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
	summary: string;
	months: PessaryMonth[];
	comparison: ComparisonRow[];
	/** What "overdue" means here, with the grace period and its source. */
	overdueRule: string;
	/** What the two sides of the comparison cover, in real dates and months. */
	windowsRule: string;
	/** The cut-off the "due" column counts to, e.g. "due by 2 October 2026". */
	dueBy: string;
	overdueRows: OverdueTableRow[];
}

const PHASE_LABEL: Record<PessaryShiftRow['phase'], string> = {
	before_hubs: 'Before the first hub opened',
	since_hubs: 'Last 12 months'
};

/** "from December 2023 to June 2024 (7 months)", or "in July 2024 (1 month)". */
const during = (window: string) => (window.includes(' to ') ? `from ${window}` : `in ${window}`);

const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;

/** A median is shown only when the count it summarises is shown (not suppressed or zero). */
function medianOf(count: number, median: number | null): string {
	if (count === 0) return '–';
	return count <= 7 ? '*' : formatWeeks(median);
}

function comparisonRow(
	phase: PessaryShiftRow['phase'],
	window: string,
	share: ShareWithInterval
): ComparisonRow {
	return {
		key: phase,
		label: PHASE_LABEL[phase],
		window,
		community: formatSuppressedCount(share.community),
		all: formatSuppressedCount(share.all),
		share: formatPercent1dp(share.share),
		interval: `${formatPercent1dp(share.lower)} to ${formatPercent1dp(share.upper)}`
	};
}

export function pessaryCardModel(input: PessaryCardInput): PessaryCardModel {
	const { areaLabel, asAt, graceWeeks } = input;
	const labels = input.windows && {
		before_hubs: windowLabel(input.windows.before),
		since_hubs: windowLabel(input.windows.since)
	};
	const shares = (['before_hubs', 'since_hubs'] as const).flatMap((phase) => {
		const row = input.shift.find((s) => s.phase === phase);
		const share = row && shareWithInterval(row.community_episodes, row.all_episodes);
		const window = labels?.[phase];
		return share && window ? [comparisonRow(phase, window, share)] : [];
	});
	const before = shares.find((r) => r.key === 'before_hubs');
	const since = shares.find((r) => r.key === 'since_hubs');
	const opened = input.firstHubOpen
		? `, before the first hub opened on ${formatDay(input.firstHubOpen)}`
		: '';
	const shift =
		before && since
			? `In ${areaLabel}, ${since.share} (95% CI ${since.interval}) of ring pessary episodes ${during(since.window)} ` +
				`were done in primary care or a hub, against ${before.share} ${during(before.window)}${opened}.`
			: `In ${areaLabel}, there are too few episodes to compare before and since the hubs opened.`;

	const dueBy = `due by ${formatDay(overdueIfDueBy(asAt, graceWeeks))}`;
	const total = input.overdue.find((o) => o.is_total);
	const overdue = total
		? ` At ${formatDay(asAt)}, ${formatSuppressedCount(total.changes_overdue)} routine changes were more than ` +
			`${weeks(graceWeeks)} past due and not done (of ${formatSuppressedCount(total.changes_due)} ${dueBy}), ` +
			`and ${formatSuppressedCount(total.first_fits_waiting)} women were waiting for a first fit.`
		: '';

	return {
		summary: shift + overdue,
		months: pessaryMonths(input.byMonth),
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
		overdueRows: input.overdue.map((o) => ({
			key: o.locality,
			area: o.locality,
			changesDue: formatSuppressedCount(o.changes_due),
			changesOverdue: formatSuppressedCount(o.changes_overdue),
			medianWeeksPastDue: medianOf(o.changes_overdue, o.median_weeks_past_due),
			firstFitsWaiting: formatSuppressedCount(o.first_fits_waiting),
			medianWeeksFirstFitWaiting: medianOf(o.first_fits_waiting, o.median_weeks_first_fit_waiting)
		}))
	};
}
