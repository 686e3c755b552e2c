/**
 * LARC requests and women waiting, with the women they come from, by a grouping of where women
 * live (their home LSOA): IMD 2025 national quintile or decile, ONS rural-urban class 2021,
 * alliance locality, or modelled PCN catchment (pcnCatchment.ts). Requests, women waiting and women cover the same ages, those of each reason's
 * rate (larcRateAges.ts), and are split by age band so rates can be age-standardised.
 *
 * Both queries answer for several end dates at once (a trend): requests in the 12 months ending
 * each date, and women waiting at each date. Every group × reason × age band × date has a row,
 * with 0 where there was no activity.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { AgeBand, LarcReason } from '$lib/data/datasets';
import type { InequalityGrouping } from '$lib/url/inequalitiesParams';
import { RATE_AGES_CTE, rateAgesParams } from './larcRateAges';
import { PCN_CATCHMENT_CTE } from './pcnCatchment';

export interface GroupAgeRow {
	/** Last day of the 12 months (requests) or the month end (waiting), YYYY-MM-DD. */
	period_end: string;
	/** The quintile or decile ('1' = most deprived), RUC 2021 code, or locality. */
	group_key: string;
	/** The RUC 2021 name or locality; the number again for IMD groups. */
	group_name: string;
	reason: LarcReason;
	age_band: AgeBand;
	/** Requests in the 12 months, or women waiting at the date. */
	events: number;
	/** Modelled women of the band living in the group (unrounded). */
	women: number;
}

/**
 * Each LSOA's group under the grouping chosen ($grouping is one of our own constants). Takes
 * $grouping.
 */
const LSOA_AREA_GROUP_CTE = `
lsoa_group AS (
	SELECT lsoa21_code,
		CASE CAST($grouping AS VARCHAR)
			WHEN 'imd-quintile' THEN CAST(imd25_quintile AS VARCHAR)
			WHEN 'imd-decile' THEN CAST(imd25_decile AS VARCHAR)
			WHEN 'rural-urban' THEN ruc21_code
			ELSE locality END AS group_key,
		CASE CAST($grouping AS VARCHAR)
			WHEN 'imd-quintile' THEN CAST(imd25_quintile AS VARCHAR)
			WHEN 'imd-decile' THEN CAST(imd25_decile AS VARCHAR)
			WHEN 'rural-urban' THEN ruc21_name
			ELSE locality END AS group_name
	FROM geography_lsoa
)`;

/** Each LSOA's PCN catchment; takes $grouping as the other does, so both bind the same names. */
const LSOA_PCN_GROUP_CTE = `
${PCN_CATCHMENT_CTE},
lsoa_group AS (
	SELECT lsoa21_code, pcn_code AS group_key, pcn_name AS group_name
	FROM pcn_catchment
	WHERE CAST($grouping AS VARCHAR) = 'pcn'
)`;

/**
 * A relation lsoa_group(lsoa21_code, group_key, group_name) for the grouping: the PCN catchments'
 * (which need the practices) or the LSOA's own areas. Chooses between two fixed texts.
 */
export const lsoaGroupCte = (grouping: InequalityGrouping) =>
	grouping === 'pcn' ? LSOA_PCN_GROUP_CTE : LSOA_AREA_GROUP_CTE;

const ENDS_CTE = `
ends AS (SELECT CAST(unnest(CAST($ends AS VARCHAR[])) AS DATE) AS period_end)`;

const WOMEN_CTE = `
women AS (
	SELECT l.group_key, l.group_name, a.reason, p.age_band, sum(p.women)::DOUBLE AS women
	FROM population_female_lsoa p
	JOIN lsoa_group l USING (lsoa21_code)
	JOIN rate_ages a USING (age_band)
	GROUP BY ALL
)`;

/** Joins the events CTE to every date × group × reason × band, zero where there were none. */
const SELECT_BY_GROUP_AND_AGE = `
SELECT CAST(e.period_end AS VARCHAR) AS period_end, w.group_key, w.group_name, w.reason, w.age_band,
	coalesce(v.events, 0)::INTEGER AS events, w.women
FROM ends e
CROSS JOIN women w
LEFT JOIN events v
	ON v.period_end = e.period_end AND v.group_key = w.group_key
	AND v.reason = w.reason AND v.age_band = w.age_band
ORDER BY e.period_end, w.reason DESC, w.group_key, w.age_band`;

const requestsSql = (grouping: InequalityGrouping) => `
WITH ${RATE_AGES_CTE}, ${lsoaGroupCte(grouping)}, ${ENDS_CTE}, ${WOMEN_CTE},
events AS (
	SELECT e.period_end, l.group_key, r.reason, r.age_band, count(*) AS events
	FROM ends e
	JOIN larc_requests r
		ON r.request_date > e.period_end - INTERVAL 12 MONTH AND r.request_date <= e.period_end
	JOIN rate_ages a ON a.reason = r.reason AND a.age_band = r.age_band
	JOIN lsoa_group l ON l.lsoa21_code = r.lsoa21_code
	GROUP BY ALL
)
${SELECT_BY_GROUP_AND_AGE}`;

const waitingSql = (grouping: InequalityGrouping) => `
WITH ${RATE_AGES_CTE}, ${lsoaGroupCte(grouping)}, ${ENDS_CTE}, ${WOMEN_CTE},
events AS (
	SELECT e.period_end, l.group_key, r.reason, r.age_band, count(*) AS events
	FROM ends e
	JOIN larc_requests r
		ON r.request_date <= e.period_end
		AND (r.fit_date IS NULL OR r.fit_date > e.period_end)
		AND (r.removal_date IS NULL OR r.removal_date > e.period_end)
	JOIN rate_ages a ON a.reason = r.reason AND a.age_band = r.age_band
	JOIN lsoa_group l ON l.lsoa21_code = r.lsoa21_code
	GROUP BY ALL
)
${SELECT_BY_GROUP_AND_AGE}`;

interface ByGroupArgs {
	grouping: InequalityGrouping;
	/** YYYY-MM-DD dates (month ends). */
	ends: readonly string[];
}

function params({ grouping, ends }: ByGroupArgs) {
	return { grouping, ends: `[${ends.join(',')}]`, ...rateAgesParams() };
}

/** LARC requests made in the 12 months ending each date (after the same day a year before). */
export function larcRequestsByGroup(db: AnalyticsDatabase, args: ByGroupArgs) {
	return queryRows<GroupAgeRow>(db, requestsSql(args.grouping), params(args));
}

/** Women waiting for a LARC fit at the end of each date: requested, neither fitted nor removed. */
export function larcWaitingByGroup(db: AnalyticsDatabase, args: ByGroupArgs) {
	return queryRows<GroupAgeRow>(db, waitingSql(args.grouping), params(args));
}
