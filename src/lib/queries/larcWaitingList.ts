/**
 * The LARC waiting list at each month end of the reporting period: requests made on or before
 * the month end that were neither fitted nor removed by then. Always split by reason: gynaecological and
 * contraceptive waits are different pathways and are never added together.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { LarcReason, Locality, Period } from '$lib/data/datasets';
import { FILTERED_REQUESTS_CTE, filterParams, type LarcFilter } from './larcFilter';
import type { WaitTargets } from './larcWaits';
import { RATE_AGES_CTE, rateAgesParams } from './larcRateAges';

/** Targets in weeks: 18 for gynaecological (by analogy with RTT), 6 for contraceptive (a setting). */
export const DEFAULT_WAIT_TARGETS: WaitTargets = { gynaecologicalWeeks: 18, contraceptiveWeeks: 6 };

export interface WaitingListRow {
	[key: string]: string | number;
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
		date_trunc('month', CAST(? AS DATE)),
		CAST(? AS DATE) + INTERVAL 1 DAY,
		INTERVAL 1 MONTH
	) AS months(m)
),
${FILTERED_REQUESTS_CTE},
${RATE_AGES_CTE},
grid AS (
	SELECT month_end, locality, reason
	FROM month_ends,
		(SELECT DISTINCT locality FROM practices
			WHERE (CAST(? AS VARCHAR) IS NULL OR locality = ?)
				AND (CAST(? AS VARCHAR) IS NULL OR pcn_code = ?)) l,
		(VALUES ('gynaecological'), ('contraceptive')) AS reasons(reason)
),
selected_pcn AS (SELECT any_value(pcn_name) AS pcn_name FROM practices WHERE pcn_code = CAST(? AS VARCHAR)),
targets AS (SELECT CAST(? AS DOUBLE) AS gynae_weeks, CAST(? AS DOUBLE) AS contra_weeks),
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
	period: Period,
	filter: LarcFilter = {},
	targets: WaitTargets = DEFAULT_WAIT_TARGETS
): Promise<WaitingListRow[]> {
	const params = filterParams(filter);
	const table = await db.query(WAITING_LIST_BY_MONTH_SQL, [
		period.from,
		period.to,
		...params,
		...rateAgesParams(filter.ageBand),
		...params.slice(0, 4),
		filter.pcnCode ?? null,
		targets.gynaecologicalWeeks,
		targets.contraceptiveWeeks
	]);
	return arrowToRows<WaitingListRow>(table);
}
