/**
 * Women in the denominator of LARC rates, by locality and for the ICB: the modelled female
 * population aged 15–54 (or one age band), from the LSOA estimates.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { AgeBand, Locality } from '$lib/data/datasets';
import { ALL_LOCALITIES } from './larcWaits';

export const RATE_AGE_BANDS: readonly AgeBand[] = ['15-24', '25-34', '35-44', '45-54'];

export interface FemalePopulationRow {
	[key: string]: string | number;
	locality: string;
	women: number;
}

const FEMALE_POPULATION_SQL = `
SELECT coalesce(g.locality, '${ALL_LOCALITIES}') AS locality, sum(p.women)::DOUBLE AS women
FROM population_female_lsoa p
JOIN geography_lsoa g USING (lsoa21_code)
WHERE list_contains(CAST(? AS VARCHAR[]), p.age_band)
	AND (CAST(? AS VARCHAR) IS NULL OR g.locality = ?)
GROUP BY GROUPING SETS ((g.locality), ())
ORDER BY g.locality NULLS LAST`;

export async function femalePopulation(
	db: AnalyticsDatabase,
	filter: { locality?: Locality; ageBand?: AgeBand }
): Promise<FemalePopulationRow[]> {
	const bands = filter.ageBand ? [filter.ageBand] : RATE_AGE_BANDS;
	const locality = filter.locality ?? null;
	// Bands are a closed list from our own code, passed as one bound string list literal.
	const table = await db.query(FEMALE_POPULATION_SQL, [`[${bands.join(',')}]`, locality, locality]);
	return arrowToRows<FemalePopulationRow>(table);
}
