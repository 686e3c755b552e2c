/**
 * PCN catchments (modelled): each LSOA belongs to the PCN of the practice nearest its
 * population-weighted centroid among the practices with a PCN in its own locality. That is the
 * practice where the registration model (scripts/data/synthetic/catchment.ts, weights
 * exp(−distance / 2 km) over the 8 nearest practices of the locality) registers most of the LSOA's
 * women; no open file gives registrations by LSOA. Distances are equirectangular, as there.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';

/** A relation pcn_catchment(lsoa21_code, pcn_code, pcn_name, locality). Takes no parameters. */
export const PCN_CATCHMENT_CTE = `
pcn_catchment AS (
	SELECT lsoa21_code, arg_min(pcn_code, d2) AS pcn_code, arg_min(pcn_name, d2) AS pcn_name,
		any_value(locality) AS locality
	FROM (
		SELECT g.lsoa21_code, g.locality, p.pcn_code, p.pcn_name,
			power((p.lon - g.centroid_lon) * cos(radians((p.lat + g.centroid_lat) / 2)), 2)
				+ power(p.lat - g.centroid_lat, 2) AS d2
		FROM geography_lsoa g
		JOIN practices p ON p.locality = g.locality AND p.pcn_code IS NOT NULL
	)
	GROUP BY lsoa21_code
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
