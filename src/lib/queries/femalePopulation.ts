/**
 * Women in the denominator of LARC rates, by reason, locality and for the ICB: the modelled
 * female population of the ages each reason's rate covers (larcRateAges.ts), from the LSOA
 * estimates.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { AgeBand, LarcReason, Locality } from '$lib/data/datasets';
import { ALL_LOCALITIES } from './larcWaits';
import { RATE_AGES_CTE, rateAgesParams } from './larcRateAges';

export interface FemalePopulationRow {
	[key: string]: string | number;
	locality: string;
	reason: LarcReason;
	women: number;
}

const FEMALE_POPULATION_SQL = `
WITH ${RATE_AGES_CTE}
SELECT coalesce(g.locality, '${ALL_LOCALITIES}') AS locality, a.reason, sum(p.women)::DOUBLE AS women
FROM population_female_lsoa p
JOIN geography_lsoa g USING (lsoa21_code)
JOIN rate_ages a USING (age_band)
WHERE CAST(? AS VARCHAR) IS NULL OR g.locality = ?
GROUP BY GROUPING SETS ((g.locality, a.reason), (a.reason))
ORDER BY g.locality NULLS LAST, a.reason DESC`;

export async function femalePopulation(
	db: AnalyticsDatabase,
	filter: { locality?: Locality; ageBand?: AgeBand }
): Promise<FemalePopulationRow[]> {
	const locality = filter.locality ?? null;
	const table = await db.query(FEMALE_POPULATION_SQL, [
		...rateAgesParams(filter.ageBand),
		locality,
		locality
	]);
	return arrowToRows<FemalePopulationRow>(table);
}
