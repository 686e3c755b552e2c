/**
 * The /inequalities measures beyond the LARC rates, each by a grouping of where women live (their
 * home LSOA: IMD 2025 quintile or decile, RUC 2021 class, locality), one grouped scan each:
 * - waits from request to fit of LARC fitted in a period, as a frequency table of whole days (the
 *   median and its order-statistic interval are worked out from it);
 * - gynaecological LARC fits in a period, and those in the community (primary care or a hub);
 * - women of a service's ages, and those whose LSOA is within a modelled travel time of a site
 *   offering it;
 * - suspected gynaecological cancer (USC) referrals by PCN, with the women registered: the
 *   extract holds referrals by PCN, not by where women live.
 * LARC counts and women cover the same ages, those of the reason's rate (larcRateAges.ts). Every
 * group has a row, with 0 where there was no activity (the waits table has none for a group
 * without fits). The ICB is the sum of the groups, worked out by the caller.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { LarcReason, Period } from '$lib/data/datasets';
import type { SiteServiceCode } from '$lib/data/siteServices';
import type { InequalityGrouping } from '$lib/url/inequalitiesParams';
import { lsoaGroupCte } from './larcInequalities';
import { RATE_AGES_CTE, rateAgesParams } from './larcRateAges';

export interface GroupWaitDaysRow {
	group_key: string;
	group_name: string;
	/** Days from request to fit. */
	wait_days: number;
	fits: number;
}

const waitDaysSql = (grouping: InequalityGrouping) => `
WITH ${RATE_AGES_CTE}, ${lsoaGroupCte(grouping)}
SELECT l.group_key, l.group_name,
	date_diff('day', r.request_date, r.fit_date)::INTEGER AS wait_days, count(*)::INTEGER AS fits
FROM larc_requests r
JOIN rate_ages a ON a.reason = r.reason AND a.age_band = r.age_band
JOIN lsoa_group l ON l.lsoa21_code = r.lsoa21_code
WHERE r.reason = CAST($reason AS VARCHAR)
	AND r.fit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
GROUP BY ALL
ORDER BY l.group_key, wait_days`;

/** Waits of the reason's LARC fitted in the period, counted by group and whole days. */
export function larcWaitDaysByGroup(
	db: AnalyticsDatabase,
	a: { grouping: InequalityGrouping; reason: LarcReason; period: Period }
): Promise<GroupWaitDaysRow[]> {
	return queryRows<GroupWaitDaysRow>(db, waitDaysSql(a.grouping), {
		grouping: a.grouping,
		reason: a.reason,
		from: a.period.from,
		to: a.period.to,
		...rateAgesParams()
	});
}

export interface GroupShareRow {
	group_key: string;
	group_name: string;
	/** Those counted in the share (fits in the community, women within the time)… */
	numerator: number;
	/** …of all (all fits, all women). Women are modelled and unrounded. */
	denominator: number;
}

const communityFitsSql = (grouping: InequalityGrouping) => `
WITH ${RATE_AGES_CTE}, ${lsoaGroupCte(grouping)},
fits AS (
	SELECT l.group_key,
		count(*) FILTER (WHERE r.setting IN ('primary_care', 'hub')) AS community_fits,
		count(*) AS all_fits
	FROM larc_requests r
	JOIN rate_ages a ON a.reason = r.reason AND a.age_band = r.age_band
	JOIN lsoa_group l ON l.lsoa21_code = r.lsoa21_code
	WHERE r.reason = 'gynaecological'
		AND r.fit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
	GROUP BY ALL
)
SELECT g.group_key, g.group_name, coalesce(f.community_fits, 0)::DOUBLE AS numerator,
	coalesce(f.all_fits, 0)::DOUBLE AS denominator
FROM (SELECT DISTINCT group_key, group_name FROM lsoa_group) g
LEFT JOIN fits f USING (group_key)
ORDER BY g.group_key`;

/** Gynaecological LARC fitted in the period: in primary care or a hub, and in all settings. */
export function communityFitsByGroup(
	db: AnalyticsDatabase,
	a: { grouping: InequalityGrouping; period: Period }
): Promise<GroupShareRow[]> {
	return queryRows<GroupShareRow>(db, communityFitsSql(a.grouping), {
		grouping: a.grouping,
		from: a.period.from,
		to: a.period.to,
		...rateAgesParams()
	});
}

/**
 * The nearest site offering the service by the modelled car minutes of site_lsoa_minutes; an LSOA
 * with no such site is not within any time.
 */
const withinTravelTimeSql = (grouping: InequalityGrouping) => `
WITH ${RATE_AGES_CTE}, ${lsoaGroupCte(grouping)},
nearest AS (
	SELECT m.lsoa21_code, min(m.minutes) AS minutes
	FROM site_lsoa_minutes m
	JOIN site_services s ON s.site_id = m.site_id AND s.service_code = CAST($service AS VARCHAR)
	WHERE m.mode = 'car'
	GROUP BY ALL
)
SELECT l.group_key, l.group_name,
	coalesce(sum(p.women) FILTER (WHERE n.minutes <= CAST($minutes AS DOUBLE)), 0)::DOUBLE AS numerator,
	sum(p.women)::DOUBLE AS denominator
FROM population_female_lsoa p
JOIN rate_ages a ON a.reason = CAST($reason AS VARCHAR) AND a.age_band = p.age_band
JOIN lsoa_group l ON l.lsoa21_code = p.lsoa21_code
LEFT JOIN nearest n ON n.lsoa21_code = p.lsoa21_code
GROUP BY ALL
ORDER BY l.group_key`;

/** Women of the reason's ages, and those living within `minutes` by car of a site offering it. */
export function womenWithinTravelTimeByGroup(
	db: AnalyticsDatabase,
	a: { grouping: InequalityGrouping; reason: LarcReason; service: SiteServiceCode; minutes: number }
): Promise<GroupShareRow[]> {
	return queryRows<GroupShareRow>(db, withinTravelTimeSql(a.grouping), {
		grouping: a.grouping,
		reason: a.reason,
		service: a.service,
		minutes: a.minutes,
		...rateAgesParams()
	});
}

export interface PcnReferralsRow {
	pcn_code: string;
	pcn_name: string;
	locality: string;
	referrals: number;
	/** Modelled women of all ages registered, the same each month (unrounded). */
	women_registered: number;
	/** Months of data in the period. */
	months: number;
}

/**
 * By PCN, so localities are added up in one order on every engine (a DOUBLE sum in SQL may add
 * in a different order on DuckDB-WASM and differ in the last digit).
 */
const USC_BY_PCN_SQL = `
SELECT u.pcn_code, coalesce(p.pcn_name, u.pcn_code) AS pcn_name, u.locality,
	sum(u.referrals)::INTEGER AS referrals, any_value(u.women_registered)::DOUBLE AS women_registered,
	count(DISTINCT u.month)::INTEGER AS months
FROM usc_referrals u
LEFT JOIN pcns p USING (pcn_code)
WHERE u.suspected_cancer = 'gynaecological'
	AND u.month BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
GROUP BY ALL
ORDER BY u.pcn_code`;

/** Suspected gynaecological cancer referrals in the period's months, by the practice's PCN. */
export function uscGynaeReferralsByPcn(
	db: AnalyticsDatabase,
	a: { period: Period }
): Promise<PcnReferralsRow[]> {
	return queryRows<PcnReferralsRow>(db, USC_BY_PCN_SQL, { from: a.period.from, to: a.period.to });
}
