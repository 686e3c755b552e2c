/**
 * The filters every LARC and ring pessary query shares, applied in one place as a CTE with named
 * parameters. Reason is not a filter here: LARC results are always split by reason.
 */
import type { AgeBand, Locality } from '$lib/data/datasets';

export interface LarcFilter {
	locality?: Locality;
	pcnCode?: string;
	ageBand?: AgeBand;
}

/**
 * The named parameters of the filtered CTEs; null means "any". A type, not an interface, so that
 * it can be passed as SqlParams.
 */
export type LarcFilterParams = {
	locality: Locality | null;
	pcn: string | null;
	ageBand: AgeBand | null;
};

/** Activity rows joined to their practice's locality, narrowed by LarcFilterParams. */
function filteredActivityCte(source: 'larc_requests' | 'pessary_activity', name: string): string {
	return `
${name} AS (
	SELECT a.*, p.locality
	FROM ${source} a
	JOIN practices p USING (practice_code)
	WHERE (CAST($locality AS VARCHAR) IS NULL OR p.locality = $locality)
		AND (CAST($pcn AS VARCHAR) IS NULL OR a.pcn_code = $pcn)
		AND (CAST($ageBand AS VARCHAR) IS NULL OR a.age_band = $ageBand)
)`;
}

export const FILTERED_REQUESTS_CTE = filteredActivityCte('larc_requests', 'filtered_requests');
export const FILTERED_PESSARY_CTE = filteredActivityCte('pessary_activity', 'filtered_episodes');

/** The parameters FILTERED_REQUESTS_CTE and FILTERED_PESSARY_CTE name. */
export function larcFilterParams(filter: LarcFilter): LarcFilterParams {
	return {
		locality: filter.locality ?? null,
		pcn: filter.pcnCode ?? null,
		ageBand: filter.ageBand ?? null
	};
}
