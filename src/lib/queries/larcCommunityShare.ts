/**
 * Community share of gynaecological LARC: fits in primary care or a hub ÷ all gynaecological
 * fits. National modelling (DHSC women's health hubs cost-benefit analysis) assumes 50 %.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { Period } from '$lib/data/datasets';
import { FILTERED_REQUESTS_CTE, larcFilterParams, type LarcFilter } from './larcFilter';

export interface CommunityShareByMonthRow {
	month_end: string;
	community_fits: number;
	all_fits: number;
}

export interface CommunityShareByPcnRow {
	pcn_code: string;
	pcn_name: string;
	locality: string;
	community_fits: number;
	all_fits: number;
}

const BY_MONTH_SQL = `
WITH ${FILTERED_REQUESTS_CTE}
SELECT last_day(fit_date)::DATE AS month_end,
	count(*) FILTER (WHERE setting IN ('primary_care', 'hub'))::INTEGER AS community_fits,
	count(*)::INTEGER AS all_fits
FROM filtered_requests
WHERE reason = 'gynaecological' AND fit_date IS NOT NULL
	AND fit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
GROUP BY ALL
ORDER BY month_end`;

const BY_PCN_SQL = `
WITH ${FILTERED_REQUESTS_CTE}
SELECT f.pcn_code, n.pcn_name, n.locality,
	count(*) FILTER (WHERE f.setting IN ('primary_care', 'hub'))::INTEGER AS community_fits,
	count(*)::INTEGER AS all_fits
FROM filtered_requests f
JOIN pcns n USING (pcn_code)
WHERE f.reason = 'gynaecological' AND f.fit_date IS NOT NULL
	AND f.fit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
GROUP BY ALL
ORDER BY n.locality, n.pcn_name`;

/** Gynaecological fits in the period and filter, by month of fit. */
export async function communityShareByMonth(
	db: AnalyticsDatabase,
	{ filter, period }: { filter: LarcFilter; period: Period }
): Promise<CommunityShareByMonthRow[]> {
	return queryRows<CommunityShareByMonthRow>(db, BY_MONTH_SQL, {
		...larcFilterParams(filter),
		from: period.from,
		to: period.to
	});
}

/** Gynaecological fits in the period and filter, by the requesting practice's PCN. */
export async function communityShareByPcn(
	db: AnalyticsDatabase,
	{ filter, period }: { filter: LarcFilter; period: Period }
): Promise<CommunityShareByPcnRow[]> {
	return queryRows<CommunityShareByPcnRow>(db, BY_PCN_SQL, {
		...larcFilterParams(filter),
		from: period.from,
		to: period.to
	});
}
