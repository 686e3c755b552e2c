/**
 * Women's health service offers by PCN: the catalogue, the level each PCN offers each service at
 * on a date (the latest offer row on or before it; no row = not offered), how many PCNs and what
 * share of women of each service's ages that covers in person, and when each hub (locality) first
 * met NHS England's minimum requirements for hubs.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import type { Locality } from '$lib/data/datasets';
import { queryRows } from '$lib/data/queryRows';
import {
	ageBandRankSql,
	SERVICE_LEVEL_RANK_SQL,
	type ServiceLevel,
	type ServiceScope
} from '$lib/data/services';

export interface ServiceCatalogueRow {
	service_code: string;
	display_order: number;
	label: string;
	short_label: string;
	scope: ServiceScope;
	phase: number;
	parent_service_code: string | null;
	age_band_from: string;
	age_band_to: string;
}

const CATALOGUE_SQL = `
SELECT service_code, display_order, label, short_label, scope, phase, parent_service_code,
	age_band_from, age_band_to
FROM service_catalogue ORDER BY display_order`;

export function serviceCatalogue(db: AnalyticsDatabase): Promise<ServiceCatalogueRow[]> {
	return queryRows<ServiceCatalogueRow>(db, CATALOGUE_SQL);
}

/** Each PCN × service's offer row in effect on $asAt (shared by the queries below). */
export const OFFER_IN_EFFECT_CTE = `
in_effect AS (
	SELECT pcn_code, service_code, level, start_date, site_code, provider, clinician_types,
		${SERVICE_LEVEL_RANK_SQL} AS level_rank
	FROM service_offers
	WHERE start_date <= $asAt::DATE
	QUALIFY row_number() OVER (PARTITION BY pcn_code, service_code ORDER BY start_date DESC) = 1
)`;

export interface ServiceLevelRow {
	pcn_code: string;
	pcn_name: string;
	locality: string;
	service_code: string;
	level: ServiceLevel;
	/** When the PCN began offering at this level; null when not offered. */
	start_date: string | null;
	site_code: string | null;
	provider: string | null;
	clinician_types: string | null;
}

const LEVELS_SQL = `
WITH ${OFFER_IN_EFFECT_CTE}
SELECT p.pcn_code, p.pcn_name, p.locality, c.service_code,
	coalesce(e.level, 'not_offered') AS level,
	CASE WHEN e.level_rank > 0 THEN e.start_date END AS start_date,
	CASE WHEN e.level_rank > 0 THEN e.site_code END AS site_code,
	CASE WHEN e.level_rank > 0 THEN e.provider END AS provider,
	CASE WHEN e.level_rank > 0 THEN e.clinician_types END AS clinician_types
FROM pcns p CROSS JOIN service_catalogue c
LEFT JOIN in_effect e ON e.pcn_code = p.pcn_code AND e.service_code = c.service_code
ORDER BY p.locality, p.pcn_name, c.display_order`;

/** Every PCN × every service in the catalogue, with the level in effect on `asAt`. */
export function serviceLevelsAsAt(
	db: AnalyticsDatabase,
	a: { asAt: string }
): Promise<ServiceLevelRow[]> {
	return queryRows<ServiceLevelRow>(db, LEVELS_SQL, { asAt: a.asAt });
}

export interface ServiceCoverageRow {
	service_code: string;
	pcns: number;
	/** PCNs offering at least advice & guidance or triage; clinically (virtual or in person); in person. */
	pcns_triage: number;
	pcns_clinical: number;
	pcns_in_person: number;
	/** Women of the service's ages registered with the PCNs (modelled), all and in PCNs offering it in person. */
	women: number;
	women_in_person: number;
}

/**
 * Women of each service's ages registered with each PCN. Sums of these estimates are rounded to a
 * millionth of a woman: the two engines add in different orders, and would differ in the last bit.
 */
const SERVICE_WOMEN_CTE = `
service_women AS (
	SELECT c.service_code, w.pcn_code, sum(w.women) AS women
	FROM service_catalogue c
	JOIN population_female_pcn w ON ${ageBandRankSql('w.age_band')}
		BETWEEN ${ageBandRankSql('c.age_band_from')} AND ${ageBandRankSql('c.age_band_to')}
	GROUP BY c.service_code, w.pcn_code
)`;

const COVERAGE_SQL = `
WITH ${OFFER_IN_EFFECT_CTE}, ${SERVICE_WOMEN_CTE}
SELECT s.service_code,
	count(*)::INTEGER AS pcns,
	count(*) FILTER (WHERE e.level_rank >= 1)::INTEGER AS pcns_triage,
	count(*) FILTER (WHERE e.level_rank >= 2)::INTEGER AS pcns_clinical,
	count(*) FILTER (WHERE e.level_rank = 3)::INTEGER AS pcns_in_person,
	round(sum(s.women), 6)::DOUBLE AS women,
	round(coalesce(sum(s.women) FILTER (WHERE e.level_rank = 3), 0), 6)::DOUBLE AS women_in_person
FROM service_women s
JOIN pcns p ON p.pcn_code = s.pcn_code
LEFT JOIN in_effect e ON e.pcn_code = s.pcn_code AND e.service_code = s.service_code
WHERE CAST($locality AS VARCHAR) IS NULL OR p.locality = $locality
GROUP BY s.service_code
ORDER BY s.service_code`;

/** Per service, the PCNs offering it at each level on `asAt`, and the women they serve. */
export function serviceCoverage(
	db: AnalyticsDatabase,
	a: { asAt: string; locality?: Locality | null }
): Promise<ServiceCoverageRow[]> {
	return queryRows<ServiceCoverageRow>(db, COVERAGE_SQL, {
		asAt: a.asAt,
		locality: a.locality ?? null
	});
}

/** Null locality: the ICB (met when at least one hub meets it). */
export interface HubMilestoneRow {
	locality: string | null;
	/** First day on which the hub offered clinical support (virtual or in person) in ≥ 2 core services. */
	clinical_two_core: string | null;
	/** …triaged (or better) every core service. */
	all_core_triaged: string | null;
	/** …offered clinical support in person in ≥ 2 core services. */
	in_person_two_core: string | null;
}

/**
 * The minimum requirements count the eight core services (parts such as LARC roll up to them). A
 * hub's services are those of the PCNs on its pathway (hubs.pcn_start_date), from the day each
 * joined: routine care a PCN gave before joining is not the hub's.
 */
const MILESTONES_SQL = `
WITH core AS (
	SELECT service_code FROM service_catalogue
	WHERE scope = 'national_core' AND parent_service_code IS NULL
),
hub_pcns AS (SELECT locality, pcn_code, pcn_start_date FROM hubs WHERE pcn_start_date IS NOT NULL),
change_days AS (
	SELECT day FROM (
		SELECT start_date AS day FROM service_offers
		UNION SELECT pcn_start_date FROM hub_pcns
	) WHERE day <= $asAt::DATE
),
on_day AS (
	SELECT d.day, h.locality, o.pcn_code, o.service_code, ${SERVICE_LEVEL_RANK_SQL} AS level_rank
	FROM change_days d
	JOIN hub_pcns h ON h.pcn_start_date <= d.day
	JOIN service_offers o ON o.pcn_code = h.pcn_code AND o.start_date <= d.day
	JOIN core USING (service_code)
	QUALIFY row_number() OVER (PARTITION BY d.day, o.pcn_code, o.service_code ORDER BY o.start_date DESC) = 1
),
locality_day AS (
	SELECT day, locality,
		count(DISTINCT service_code) FILTER (WHERE level_rank >= 2) AS clinical,
		count(DISTINCT service_code) FILTER (WHERE level_rank >= 1) AS triaged,
		count(DISTINCT service_code) FILTER (WHERE level_rank = 3) AS in_person
	FROM on_day GROUP BY day, locality
)
SELECT locality,
	min(day) FILTER (WHERE clinical >= 2) AS clinical_two_core,
	min(day) FILTER (WHERE triaged = (SELECT count(*) FROM core)) AS all_core_triaged,
	min(day) FILTER (WHERE in_person >= 2) AS in_person_two_core
FROM locality_day
GROUP BY GROUPING SETS ((locality), ())
ORDER BY locality NULLS LAST`;

/**
 * When each hub (one per locality) first met each minimum requirement, up to `asAt`; the ICB's row
 * (locality null) is the first hub to meet it. A locality with no PCN on its pathway has no row.
 */
export function hubMilestones(
	db: AnalyticsDatabase,
	a: { asAt: string }
): Promise<HubMilestoneRow[]> {
	return queryRows<HubMilestoneRow>(db, MILESTONES_SQL, { asAt: a.asAt });
}
