/**
 * Community share of gynaecological LARC: fits in primary care or a hub ÷ all gynaecological
 * fits. National modelling (DHSC women's health hubs cost-benefit analysis) assumes 50 %.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { Period } from '$lib/data/datasets';
import { FILTERED_REQUESTS_CTE, filterParams, type LarcFilter } from './larcFilter';

export interface CommunityShareByMonthRow {
	[key: string]: string | number;
	month_end: string;
	community_fits: number;
	all_fits: number;
}

export interface CommunityShareByPcnRow {
	[key: string]: string | number;
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
	AND fit_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
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
	AND f.fit_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
GROUP BY ALL
ORDER BY n.locality, n.pcn_name`;

export async function communityShareByMonth(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	period: Period
): Promise<CommunityShareByMonthRow[]> {
	const table = await db.query(BY_MONTH_SQL, [...filterParams(filter), period.from, period.to]);
	return arrowToRows<CommunityShareByMonthRow>(table);
}

export async function communityShareByPcn(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	period: Period
): Promise<CommunityShareByPcnRow[]> {
	const table = await db.query(BY_PCN_SQL, [...filterParams(filter), period.from, period.to]);
	return arrowToRows<CommunityShareByPcnRow>(table);
}
