/**
 * The LARC waiting list at month ends by its plain definition: every month end joined to every
 * request made on or before it and neither fitted nor removed by then. This is how the dashboard
 * used to count it; it grows as months × requests, so larcWaitingList.ts counts a running total
 * instead. Kept here as the reference the running total is tested against, and timed by the
 * benchmark as the "before".
 */
import type { AnalyticsDatabase } from '../../src/lib/data/database';
import type { Period } from '../../src/lib/data/datasets';
import { queryRows } from '../../src/lib/data/queryRows';
import {
	FILTERED_REQUESTS_CTE,
	larcFilterParams,
	type LarcFilter
} from '../../src/lib/queries/larcFilter';
import { RATE_AGES_CTE, rateAgesParams } from '../../src/lib/queries/larcRateAges';
import { DEFAULT_WAIT_TARGETS, type WaitingListRow } from '../../src/lib/queries/larcWaitingList';
import type { WaitTargets } from '../../src/lib/queries/larcWaits';

const DEFINITION_SQL = `
WITH month_ends AS (
	SELECT last_day(m)::DATE AS month_end
	FROM range(date_trunc('month', CAST($from AS DATE)), CAST($to AS DATE) + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS months(m)
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
ORDER BY g.month_end, g.locality, g.reason`;

/** Same arguments and rows as `waitingListAtMonthEnd`. */
export function waitingListByDefinition(
	db: AnalyticsDatabase,
	{
		period,
		filter = {},
		targets = DEFAULT_WAIT_TARGETS
	}: { period: Period; filter?: LarcFilter; targets?: WaitTargets }
): Promise<WaitingListRow[]> {
	return queryRows<WaitingListRow>(db, DEFINITION_SQL, {
		from: period.from,
		to: period.to,
		...larcFilterParams(filter),
		...rateAgesParams(filter.ageBand),
		gynaecologicalWeeks: targets.gynaecologicalWeeks,
		contraceptiveWeeks: targets.contraceptiveWeeks
	});
}
