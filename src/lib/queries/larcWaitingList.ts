/**
 * The LARC waiting list at each month end of the reporting period: requests made on or before
 * the month end that were neither fitted nor removed by then. Always split by reason: gynaecological and
 * contraceptive waits are different pathways and are never added together.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { LarcReason, Locality, Period } from '$lib/data/datasets';
import {
	DEFAULT_CONTRACEPTIVE_LARC_TARGET_WEEKS,
	GYNAECOLOGICAL_LARC_TARGET_WEEKS
} from '$lib/facts';
import { FILTERED_REQUESTS_CTE, larcFilterParams, type LarcFilter } from './larcFilter';
import type { WaitTargets } from './larcWaits';
import { RATE_AGES_CTE, rateAgesParams } from './larcRateAges';

/** Targets in weeks: gynaecological by analogy with RTT, contraceptive the default setting. */
export const DEFAULT_WAIT_TARGETS: WaitTargets = {
	gynaecologicalWeeks: GYNAECOLOGICAL_LARC_TARGET_WEEKS,
	contraceptiveWeeks: DEFAULT_CONTRACEPTIVE_LARC_TARGET_WEEKS
};

export interface WaitingListRow {
	month_end: string;
	locality: Locality;
	/**
	 * The area the row describes, as charts, tables and downloads name it: the PCN's name when a
	 * PCN is chosen (its figures are that PCN's alone), otherwise the locality.
	 */
	area: string;
	reason: LarcReason;
	waiting: number;
	/** Of those waiting, how many had waited no longer than their reason's target. */
	within_target: number;
	/** Of those waiting, how many are of the ages their reason's rate covers (larcRateAges.ts). */
	waiting_in_rate_ages: number;
}

/**
 * Locality comes from the registered practice (how the ICB commissions), not the home LSOA.
 *
 * Counted as a running total rather than by joining every month end to every request still open
 * at it, which grows as months × requests (about 1 s on a 1,000,000-row extract). A request is
 * waiting at month end M when request_date <= M < left, `left` being the first of its fit and
 * removal (never, while open). Over the month ends that is +1 from the first month end on or after
 * request_date (its last_day) and −1 from the first on or after `left`: the list at M is the sum of
 * every +1 and −1 up to M. Requests are first counted by (locality, reason, age band, those month
 * ends), so the million rows shrink to a few thousand before the running total. Within target is
 * the same, with `left` brought forward to the first day beyond the target,
 * request_date + floor(7 × weeks) + 1 (targets are whole weeks, so "days / 7 <= weeks" is exactly
 * "days <= 7 × weeks"). Every change before the period's first month end counts at it; changes after
 * its last are never needed. A request that left on or before the day it was made, or by the first
 * month end, is never waiting at one and is left out. tests/unit/larcWaitingListRunningTotal.query.test.ts
 * checks this against the plain definition.
 */
const WAITING_LIST_BY_MONTH_SQL = `
WITH month_ends AS (
	SELECT last_day(m)::DATE AS month_end
	FROM range(
		date_trunc('month', CAST($from AS DATE)),
		CAST($to AS DATE) + INTERVAL 1 DAY,
		INTERVAL 1 MONTH
	) AS months(m)
),
${FILTERED_REQUESTS_CTE},
${RATE_AGES_CTE},
grid AS (
	SELECT month_end, locality, reason
	FROM month_ends,
		(SELECT DISTINCT locality FROM practices
			WHERE (CAST($locality AS VARCHAR) IS NULL OR locality = $locality)
				AND (CAST($pcn AS VARCHAR) IS NULL OR pcn_code = $pcn)) l,
		(VALUES ('gynaecological'), ('contraceptive')) AS reasons(reason)
),
selected_pcn AS (SELECT any_value(pcn_name) AS pcn_name FROM practices WHERE pcn_code = CAST($pcn AS VARCHAR)),
bounds AS (
	SELECT min(month_end) AS first_end, max(month_end) AS last_end,
		CAST($gynaecologicalWeeks AS DOUBLE) AS gynae_weeks, CAST($contraceptiveWeeks AS DOUBLE) AS contra_weeks
	FROM month_ends
),
spells AS (
	SELECT q.locality, q.reason, q.age_band, q.request_date,
		least(q.fit_date, q.removal_date) AS left_date,
		least(q.fit_date, q.removal_date, q.request_date
			+ CAST(floor(7 * CASE q.reason WHEN 'gynaecological' THEN b.gynae_weeks ELSE b.contra_weeks END) AS INTEGER)
			+ 1) AS left_target_date
	FROM bounds b, filtered_requests q
),
spell_counts AS (
	SELECT s.locality, s.reason, s.age_band,
		greatest(last_day(s.request_date), b.first_end) AS joined_end,
		CASE WHEN s.left_date <= b.last_end THEN greatest(last_day(s.left_date), b.first_end) END AS left_end,
		CASE WHEN s.left_target_date <= b.last_end THEN greatest(last_day(s.left_target_date), b.first_end) END AS left_target_end,
		count(*) AS spells
	FROM spells s, bounds b
	WHERE s.request_date <= b.last_end
		AND (s.left_date IS NULL OR (s.left_date > s.request_date AND s.left_date > b.first_end))
	GROUP BY ALL
),
counted AS (
	SELECT c.*, CASE WHEN a.age_band IS NULL THEN 0 ELSE c.spells END AS spells_in_rate_ages
	FROM spell_counts c
	LEFT JOIN rate_ages a ON a.reason = c.reason AND a.age_band = c.age_band
),
changes AS (
	SELECT locality, reason, joined_end AS month_end,
		spells AS waiting, spells AS within_target, spells_in_rate_ages AS waiting_in_rate_ages
	FROM counted
	UNION ALL
	SELECT locality, reason, left_end, -spells, 0, -spells_in_rate_ages
	FROM counted WHERE left_end IS NOT NULL
	UNION ALL
	SELECT locality, reason, left_target_end, 0, -spells, 0
	FROM counted WHERE left_target_end IS NOT NULL
),
changes_by_month AS (
	SELECT locality, reason, month_end,
		sum(waiting) AS waiting, sum(within_target) AS within_target,
		sum(waiting_in_rate_ages) AS waiting_in_rate_ages
	FROM changes
	GROUP BY ALL
),
waiting AS (
	SELECT g.month_end, g.locality, g.reason,
		sum(coalesce(c.waiting, 0)) OVER running AS waiting,
		sum(coalesce(c.within_target, 0)) OVER running AS within_target,
		sum(coalesce(c.waiting_in_rate_ages, 0)) OVER running AS waiting_in_rate_ages
	FROM grid g
	LEFT JOIN changes_by_month c USING (month_end, locality, reason)
	WINDOW running AS (PARTITION BY g.locality, g.reason ORDER BY g.month_end ROWS UNBOUNDED PRECEDING)
)
SELECT w.month_end, w.locality, coalesce(s.pcn_name, w.locality) AS area, w.reason,
	w.waiting::INTEGER AS waiting,
	w.within_target::INTEGER AS within_target,
	w.waiting_in_rate_ages::INTEGER AS waiting_in_rate_ages
FROM waiting w
CROSS JOIN selected_pcn s
ORDER BY w.month_end, w.locality, w.reason
`;

/**
 * One row per month end in the period × locality × reason, zero where nobody waited. `waiting`
 * counts every age in the filter; `waiting_in_rate_ages` is the numerator of a rate per 1,000.
 */
export async function waitingListAtMonthEnd(
	db: AnalyticsDatabase,
	{
		period,
		filter = {},
		targets = DEFAULT_WAIT_TARGETS
	}: { period: Period; filter?: LarcFilter; targets?: WaitTargets }
): Promise<WaitingListRow[]> {
	return queryRows<WaitingListRow>(db, WAITING_LIST_BY_MONTH_SQL, {
		from: period.from,
		to: period.to,
		...larcFilterParams(filter),
		...rateAgesParams(filter.ageBand),
		gynaecologicalWeeks: targets.gynaecologicalWeeks,
		contraceptiveWeeks: targets.contraceptiveWeeks
	});
}
