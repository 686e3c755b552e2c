/**
 * LARC requests and women waiting, with the women they come from, by a grouping of where women
 * live (their home LSOA): IMD 2025 national quintile or decile, ONS rural-urban class 2021,
 * alliance locality, or modelled PCN catchment (pcnCatchment.ts). Requests, women waiting and women cover the same ages, those of each reason's
 * rate (larcRateAges.ts), and are split by age band so rates can be age-standardised.
 *
 * Both answer for several groupings and end dates at once (a trend) in one query: requests in the
 * 12 months ending each date, or women waiting at each date. Every grouping × group × reason × age
 * band × date asked for has a row, with 0 where there was no activity.
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

/**
 * Every LSOA in every grouping at once: lsoa_groups(lsoa21_code, grouping, group_key, group_name).
 * Groupings are our own constants.
 */
const LSOA_GROUPS_CTE = `
${PCN_CATCHMENT_CTE},
lsoa_groups AS (
	SELECT lsoa21_code, 'imd-quintile' AS grouping, CAST(imd25_quintile AS VARCHAR) AS group_key,
		CAST(imd25_quintile AS VARCHAR) AS group_name FROM geography_lsoa
	UNION ALL SELECT lsoa21_code, 'imd-decile', CAST(imd25_decile AS VARCHAR),
		CAST(imd25_decile AS VARCHAR) FROM geography_lsoa
	UNION ALL SELECT lsoa21_code, 'rural-urban', ruc21_code, ruc21_name FROM geography_lsoa
	UNION ALL SELECT lsoa21_code, 'locality', locality, locality FROM geography_lsoa
	UNION ALL SELECT lsoa21_code, 'pcn', pcn_code, pcn_name FROM pcn_catchment
)`;

/**
 * The (grouping, date) pairs wanted, from two lists of the same length; the dates they need; and
 * the events counted once per LSOA, reason, age band and date (one scan of the requests), then
 * added up for each grouping. Takes the EVENTS_BY_LSOA condition for what is counted.
 */
const byGroupingsSql = (counted: string) => `
WITH ${RATE_AGES_CTE}, ${LSOA_GROUPS_CTE},
wanted AS (
	SELECT unnest(CAST($groupings AS VARCHAR[])) AS grouping,
		CAST(unnest(CAST($ends AS VARCHAR[])) AS DATE) AS period_end
),
ends AS (
	SELECT DISTINCT period_end, last_day(CAST(period_end - INTERVAL 12 MONTH AS DATE)) AS year_before FROM wanted
),
lsoa_events AS MATERIALIZED (
	SELECT e.period_end, r.lsoa21_code, r.reason, r.age_band, count(*) AS events
	FROM ends e
	JOIN larc_requests r ON ${counted}
	JOIN rate_ages a ON a.reason = r.reason AND a.age_band = r.age_band
	GROUP BY ALL
),
women AS (
	SELECT g.grouping, g.group_key, g.group_name, a.reason, p.age_band, sum(p.women)::DOUBLE AS women
	FROM population_female_lsoa p
	JOIN lsoa_groups g USING (lsoa21_code)
	JOIN rate_ages a USING (age_band)
	WHERE g.grouping IN (SELECT grouping FROM wanted)
	GROUP BY ALL
),
events AS (
	SELECT w.grouping, w.period_end, g.group_key, v.reason, v.age_band, sum(v.events) AS events
	FROM wanted w
	JOIN lsoa_events v USING (period_end)
	JOIN lsoa_groups g ON g.grouping = w.grouping AND g.lsoa21_code = v.lsoa21_code
	GROUP BY ALL
)
SELECT w.grouping, CAST(w.period_end AS VARCHAR) AS period_end, m.group_key, m.group_name, m.reason,
	m.age_band, coalesce(v.events, 0)::INTEGER AS events, m.women
FROM wanted w
JOIN women m USING (grouping)
LEFT JOIN events v
	ON v.grouping = w.grouping AND v.period_end = w.period_end AND v.group_key = m.group_key
	AND v.reason = m.reason AND v.age_band = m.age_band
ORDER BY w.grouping, w.period_end, m.reason DESC, m.group_key, m.age_band`;

/**
 * Requests made in the 12 months ending the date (after the same day a year before), compared as
 * DATEs: a DATE minus an INTERVAL is a TIMESTAMP, which made every comparison a cast.
 */
const REQUESTED = `r.request_date > e.year_before AND r.request_date <= e.period_end`;

/** Waiting at the end of the date: requested, neither fitted nor removed by then. */
const WAITING = `r.request_date <= e.period_end
		AND (r.fit_date IS NULL OR r.fit_date > e.period_end)
		AND (r.removal_date IS NULL OR r.removal_date > e.period_end)`;

const REQUESTS_SQL = byGroupingsSql(REQUESTED);
const WAITING_SQL = byGroupingsSql(WAITING);

/** One grouping at some dates. */
export interface GroupingEnds {
	grouping: InequalityGrouping;
	/** YYYY-MM-DD dates (month ends). */
	ends: readonly string[];
}

export interface GroupingAgeRow extends GroupAgeRow {
	grouping: InequalityGrouping;
}

/**
 * Requests in the 12 months to each date, or women waiting at each date, for several groupings
 * in one query (one scan of the requests): rows by grouping, date, reason, group and age band.
 */
export function larcRatesByGroupings(
	db: AnalyticsDatabase,
	{ measure, sets }: { measure: 'requests' | 'waiting'; sets: readonly GroupingEnds[] }
): Promise<GroupingAgeRow[]> {
	const distinct = new Set(sets.flatMap((s) => s.ends.map((end) => `${s.grouping} ${end}`)));
	const pairs = [...distinct].map((pair) => pair.split(' '));
	return queryRows<GroupingAgeRow>(db, measure === 'requests' ? REQUESTS_SQL : WAITING_SQL, {
		groupings: `[${pairs.map(([g]) => g).join(',')}]`,
		ends: `[${pairs.map(([, end]) => end).join(',')}]`,
		...rateAgesParams()
	});
}

const ofOneGrouping = (rows: readonly GroupingAgeRow[]): GroupAgeRow[] =>
	rows.map(({ grouping: _grouping, ...row }) => row);

/** LARC requests made in the 12 months ending each date (after the same day a year before). */
export async function larcRequestsByGroup(db: AnalyticsDatabase, set: GroupingEnds) {
	return ofOneGrouping(await larcRatesByGroupings(db, { measure: 'requests', sets: [set] }));
}

/** Women waiting for a LARC fit at the end of each date: requested, neither fitted nor removed. */
export async function larcWaitingByGroup(db: AnalyticsDatabase, set: GroupingEnds) {
	return ofOneGrouping(await larcRatesByGroupings(db, { measure: 'waiting', sets: [set] }));
}
