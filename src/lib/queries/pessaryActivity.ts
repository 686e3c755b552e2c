/**
 * Ring pessary care (phase one's other service): where episodes are done, which routine changes
 * are overdue, who is waiting for a first fit, and how much has moved out of hospital since the
 * hubs opened.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { CareSetting, Period } from '$lib/data/datasets';
import { addDays } from '$lib/data/period';
import { FILTERED_PESSARY_CTE, filterParams, type LarcFilter } from './larcFilter';
import { ALL_LOCALITIES } from './larcWaits';

/**
 * A routine change counts as overdue only once it is more than this many weeks past its due date
 * and not done. Local assumption: no national standard says how late a change may be; changes
 * are booked every 4–6 months in common UK practice, so a month's slack on a 6-month booking
 * keeps a change within that range (data/README.md).
 */
export const PESSARY_CHANGE_GRACE_WEEKS = 4;

/**
 * The latest due date at which a change not done by `asAt` is overdue: more than `graceWeeks`
 * whole weeks before it (a change exactly 4 weeks past due is still within a 4-week grace).
 */
export function overdueIfDueBy(asAt: string, graceWeeks: number): string {
	return addDays(asAt, -(graceWeeks * 7 + 1));
}

export interface PessaryByMonthRow {
	[key: string]: string | number;
	month_end: string;
	setting: CareSetting;
	episodes: number;
}

export interface PessaryOverdueRow {
	[key: string]: string | number | boolean | null;
	locality: string;
	/** The total row of the grouping sets (the whole area). */
	is_total: boolean;
	/** Routine changes due on or before the overdue cut-off (`overdueIfDueBy`). */
	changes_due: number;
	/** Of those, not done by the as-at date. */
	changes_overdue: number;
	/** Weeks from due date to the as-at date, over the changes overdue. */
	median_weeks_past_due: number | null;
	/** First fits (due = date referred) due by the as-at date and not done by then. */
	first_fits_waiting: number;
	median_weeks_first_fit_waiting: number | null;
}

export interface PessaryShiftRow {
	[key: string]: string | number;
	phase: 'before_hubs' | 'since_hubs';
	community_episodes: number;
	all_episodes: number;
}

const BY_MONTH_SQL = `
WITH ${FILTERED_PESSARY_CTE}
SELECT last_day(done_date)::DATE AS month_end, setting, count(*)::INTEGER AS episodes
FROM filtered_episodes
WHERE done_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
GROUP BY ALL
ORDER BY month_end, setting`;

const OVERDUE_SQL = `
WITH ${FILTERED_PESSARY_CTE},
bounds AS (SELECT CAST(? AS DATE) AS as_at, CAST(? AS DATE) AS due_by),
flagged AS (
	SELECT locality, due_date, as_at,
		episode_type = 'routine_change' AND due_date <= due_by AS change_due,
		episode_type = 'first_fit' AND due_date <= as_at AS fit_due,
		done_date IS NULL OR done_date > as_at AS not_done
	FROM filtered_episodes, bounds
)
SELECT coalesce(locality, CAST(? AS VARCHAR)) AS locality, grouping(locality) = 1 AS is_total,
	count(*) FILTER (WHERE change_due)::INTEGER AS changes_due,
	count(*) FILTER (WHERE change_due AND not_done)::INTEGER AS changes_overdue,
	quantile_cont(date_diff('day', due_date, as_at) / 7.0, 0.5)
		FILTER (WHERE change_due AND not_done)::DOUBLE AS median_weeks_past_due,
	count(*) FILTER (WHERE fit_due AND not_done)::INTEGER AS first_fits_waiting,
	quantile_cont(date_diff('day', due_date, as_at) / 7.0, 0.5)
		FILTER (WHERE fit_due AND not_done)::DOUBLE AS median_weeks_first_fit_waiting
FROM flagged
GROUP BY GROUPING SETS ((locality), ())
ORDER BY is_total, locality`;

/** Community share (primary care + hub) of episodes done in each comparison window. */
const SHIFT_SQL = `
WITH ${FILTERED_PESSARY_CTE},
windows AS (
	SELECT * FROM (VALUES
		('before_hubs', CAST(? AS DATE), CAST(? AS DATE)),
		('since_hubs', CAST(? AS DATE), CAST(? AS DATE))
	) w(phase, window_from, window_to)
)
SELECT phase,
	count(*) FILTER (WHERE setting IN ('primary_care', 'hub'))::INTEGER AS community_episodes,
	count(*)::INTEGER AS all_episodes
FROM filtered_episodes
JOIN windows ON done_date BETWEEN window_from AND window_to
GROUP BY ALL
ORDER BY phase`;

const FIRST_HUB_OPENING_SQL = `SELECT min(open_date) AS first_open FROM hubs`;

/** Episodes done in each month of `months` (whole months: see `completeMonths`), by setting. */
export async function pessaryEpisodesByMonth(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	months: Period
): Promise<PessaryByMonthRow[]> {
	return arrowToRows<PessaryByMonthRow>(
		await db.query(BY_MONTH_SQL, [...filterParams(filter), months.from, months.to])
	);
}

export async function pessaryOverdue(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	asAt: string,
	{
		graceWeeks = PESSARY_CHANGE_GRACE_WEEKS,
		totalLabel = ALL_LOCALITIES
	}: { graceWeeks?: number; totalLabel?: string } = {}
): Promise<PessaryOverdueRow[]> {
	const params = [...filterParams(filter), asAt, overdueIfDueBy(asAt, graceWeeks), totalLabel];
	return arrowToRows<PessaryOverdueRow>(await db.query(OVERDUE_SQL, params));
}

/** No row for a window with no episodes done in it. */
export async function pessaryShiftSinceHubs(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	windows: { before: Period; since: Period }
): Promise<PessaryShiftRow[]> {
	const { before, since } = windows;
	const params = [...filterParams(filter), before.from, before.to, since.from, since.to];
	return arrowToRows<PessaryShiftRow>(await db.query(SHIFT_SQL, params));
}

/** The day the first hub opened (null with no hubs): where "before the hubs" ends. */
export async function firstHubOpening(db: AnalyticsDatabase): Promise<string | null> {
	const [row] = arrowToRows<{ first_open: string | null }>(await db.query(FIRST_HUB_OPENING_SQL));
	return row?.first_open ?? null;
}
