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

/** Locality comes from the registered practice (how the ICB commissions), not the home LSOA. */
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
targets AS (SELECT CAST($gynaecologicalWeeks AS DOUBLE) AS gynae_weeks, CAST($contraceptiveWeeks AS DOUBLE) AS contra_weeks),
waiting AS (
	SELECT m.month_end, q.locality, q.reason, count(*) AS waiting,
		count(*) FILTER (WHERE date_diff('day', q.request_date, m.month_end) / 7.0
			<= CASE q.reason WHEN 'gynaecological' THEN t.gynae_weeks ELSE t.contra_weeks END) AS within_target,
		count(a.age_band) AS waiting_in_rate_ages
	FROM targets t, month_ends m
	JOIN filtered_requests q
		ON q.request_date <= m.month_end
		AND (q.fit_date IS NULL OR q.fit_date > m.month_end)
		AND (q.removal_date IS NULL OR q.removal_date > m.month_end)
	LEFT JOIN rate_ages a ON a.reason = q.reason AND a.age_band = q.age_band
	GROUP BY ALL
)
SELECT g.month_end, g.locality, coalesce(s.pcn_name, g.locality) AS area, g.reason,
	coalesce(w.waiting, 0)::INTEGER AS waiting,
	coalesce(w.within_target, 0)::INTEGER AS within_target,
	coalesce(w.waiting_in_rate_ages, 0)::INTEGER AS waiting_in_rate_ages
FROM grid g
CROSS JOIN selected_pcn s
LEFT JOIN waiting w USING (month_end, locality, reason)
ORDER BY g.month_end, g.locality, g.reason
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
