/**
 * The filters every LARC and ring pessary query shares, applied in one place as a CTE with bound
 * parameters. Reason is not a filter here: LARC results are always split by reason.
 */
import type { SqlParam } from '$lib/data/database';
import type { AgeBand, Locality } from '$lib/data/datasets';

export interface LarcFilter {
	locality?: Locality;
	pcnCode?: string;
	ageBand?: AgeBand;
}

/** Activity rows joined to their practice's locality, narrowed by the filter (6 parameters). */
function filteredActivityCte(source: 'larc_requests' | 'pessary_activity', name: string): string {
	return `
${name} AS (
	SELECT a.*, p.locality
	FROM ${source} a
	JOIN practices p USING (practice_code)
	WHERE (CAST(? AS VARCHAR) IS NULL OR p.locality = ?)
		AND (CAST(? AS VARCHAR) IS NULL OR a.pcn_code = ?)
		AND (CAST(? AS VARCHAR) IS NULL OR a.age_band = ?)
)`;
}

export const FILTERED_REQUESTS_CTE = filteredActivityCte('larc_requests', 'filtered_requests');
export const FILTERED_PESSARY_CTE = filteredActivityCte('pessary_activity', 'filtered_episodes');

export function filterParams(filter: LarcFilter): SqlParam[] {
	const locality = filter.locality ?? null;
	const pcn = filter.pcnCode ?? null;
	const age = filter.ageBand ?? null;
	return [locality, locality, pcn, pcn, age, age];
}
