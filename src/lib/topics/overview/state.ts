/**
 * The overview's URL state: one parameter, the locality whose LARC waiting list the chart shows
 * (`?locality=mid-essex`; absent for the whole ICB). The headline tiles are always the ICB's.
 */
import { LOCALITIES, type Locality } from '$lib/data/datasets';
import { LOCALITY_PARAM, localitySlug, parseLocalityParam } from '$lib/url/localityParam';

export interface OverviewState {
	/** Null for all localities (the whole ICB). */
	locality: Locality | null;
}

export interface ParsedOverviewState {
	state: OverviewState;
	/** Sentences for the page to show when a parameter could not be used as given. */
	problems: string[];
}

/**
 * The locality by its slug, as links and the filter form write it, or by its name, as earlier
 * links did (`?locality=Mid+Essex`); anything else is reported.
 */
export function parseOverviewState(params: URLSearchParams): ParsedOverviewState {
	const param = parseLocalityParam(params);
	if (param.kind === 'all') return { state: { locality: null }, problems: [] };
	if (param.kind === 'one') return { state: { locality: param.locality }, problems: [] };
	const named = LOCALITIES.find((l) => l.toLowerCase() === param.value.trim().toLowerCase());
	if (named) return { state: { locality: named }, problems: [] };
	return {
		state: { locality: null },
		problems: [`"${param.value}" is not a locality here, so all localities are shown.`]
	};
}

/** The query string for a state ("" for the whole ICB): what links to the overview use. */
export function overviewSearch(state: OverviewState): string {
	return state.locality ? `?${LOCALITY_PARAM}=${localitySlug(state.locality)}` : '';
}
