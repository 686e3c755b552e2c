/**
 * PCN catchments (modelled): each LSOA belongs to the PCN of the practice nearest its
 * population-weighted centroid among the practices with a PCN in its own locality. That is the
 * practice where the registration model (scripts/data/synthetic/catchment.ts, weights
 * exp(−distance / 2 km) over the 8 nearest practices of the locality) registers most of the LSOA's
 * women; no open file gives registrations by LSOA. Distances are equirectangular, as there.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';

/**
 * Relations pcn_distance (every LSOA × practice of its locality) and pcn_catchment(lsoa21_code,
 * pcn_code, pcn_name, locality). Takes no parameters.
 */
export const PCN_CATCHMENT_CTE = `
pcn_distance AS (
	SELECT g.lsoa21_code, g.locality, p.pcn_code, p.pcn_name,
		power((p.lon - g.centroid_lon) * cos(radians((p.lat + g.centroid_lat) / 2)), 2)
			+ power(p.lat - g.centroid_lat, 2) AS d2
	FROM geography_lsoa g
	JOIN practices p ON p.locality = g.locality AND p.pcn_code IS NOT NULL
),
pcn_catchment AS (
	-- Practices can share a site (and so a distance): among the nearest, the lowest PCN code wins,
	-- so both engines pick the same PCN and its code and name always go together.
	SELECT d.lsoa21_code, min(d.pcn_code) AS pcn_code, arg_min(d.pcn_name, d.pcn_code) AS pcn_name,
		any_value(d.locality) AS locality
	FROM pcn_distance d
	JOIN (SELECT lsoa21_code, min(d2) AS d2 FROM pcn_distance GROUP BY lsoa21_code) n
		ON n.lsoa21_code = d.lsoa21_code AND n.d2 = d.d2
	GROUP BY d.lsoa21_code
)`;

export interface PcnCatchmentRow {
	lsoa21_code: string;
	lsoa21_name: string;
	pcn_code: string;
	pcn_name: string;
	locality: string;
}

const CATCHMENTS_SQL = `
WITH ${PCN_CATCHMENT_CTE}
SELECT c.lsoa21_code, g.lsoa21_name, c.pcn_code, c.pcn_name, c.locality
FROM pcn_catchment c JOIN geography_lsoa g USING (lsoa21_code)
ORDER BY c.lsoa21_code`;

/** Every LSOA with its modelled PCN catchment. */
export function pcnCatchments(db: AnalyticsDatabase): Promise<PcnCatchmentRow[]> {
	return queryRows<PcnCatchmentRow>(db, CATCHMENTS_SQL);
}
