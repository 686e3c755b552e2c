/**
 * Where women can have a service in person: for a service code of the catalogue, the practices
 * (sites) of the PCNs that offer it in person on a date. An in-person offer with no site is
 * delivered at each of the PCN's practices. Shared, so that any page (the services page, the
 * travel-time page's "nearest site offering this service") reads the same answer.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import { OFFER_IN_EFFECT_CTE } from './serviceOffers';

export interface InPersonSiteRow {
	pcn_code: string;
	site_code: string;
	site_name: string;
	locality: string;
	lat: number | null;
	lon: number | null;
	/** When the PCN began offering the service in person. */
	start_date: string;
}

const IN_PERSON_SITES_SQL = `
WITH ${OFFER_IN_EFFECT_CTE}
SELECT e.pcn_code, s.practice_code AS site_code, s.practice_name AS site_name, s.locality,
	s.lat, s.lon, e.start_date
FROM in_effect e
JOIN practices s ON (e.site_code IS NULL AND s.pcn_code = e.pcn_code) OR s.practice_code = e.site_code
WHERE e.service_code = $service AND e.level = 'clinical_in_person'
ORDER BY s.practice_code, e.pcn_code`;

export function inPersonSitesForService(
	db: AnalyticsDatabase,
	a: { service: string; asAt: string }
): Promise<InPersonSiteRow[]> {
	return queryRows<InPersonSiteRow>(db, IN_PERSON_SITES_SQL, { service: a.service, asAt: a.asAt });
}
