/**
 * The filters every LARC query shares, applied in one place as a `filtered_requests` CTE with
 * bound parameters. Reason is not a filter here: results are always split by reason.
 */
import type { SqlParam } from '$lib/data/database';
import type { AgeBand, Locality } from '$lib/data/datasets';

export interface LarcFilter {
	locality?: Locality;
	pcnCode?: string;
	ageBand?: AgeBand;
}

/** Requests joined to their practice's locality, narrowed by the filter (6 parameters). */
export const FILTERED_REQUESTS_CTE = `
filtered_requests AS (
	SELECT r.*, p.locality
	FROM larc_requests r
	JOIN practices p USING (practice_code)
	WHERE (CAST(? AS VARCHAR) IS NULL OR p.locality = ?)
		AND (CAST(? AS VARCHAR) IS NULL OR r.pcn_code = ?)
		AND (CAST(? AS VARCHAR) IS NULL OR r.age_band = ?)
)`;

export function filterParams(filter: LarcFilter): SqlParam[] {
	const locality = filter.locality ?? null;
	const pcn = filter.pcnCode ?? null;
	const age = filter.ageBand ?? null;
	return [locality, locality, pcn, pcn, age, age];
}
