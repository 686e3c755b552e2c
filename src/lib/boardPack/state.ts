/**
 * The board pack's URL state (`/board-pack?month=2026-09&locality=thurrock`): the month the pack
 * reports and the locality its LARC and ring pessary cards are for. Missing means the board month
 * and the whole ICB. Whether a month has data is known only from the data, so the model checks
 * that; values that are not a month or a locality are reported here.
 */
import { LOCALITIES, type Locality } from '$lib/data/datasets';
import { LOCALITY_PARAM, localitySlug, parseLocalityParam } from '$lib/url/localityParam';
import { MONTH_PARAM, parseMonthParam } from '$lib/url/monthParam';

export interface BoardPackState {
	/** YYYY-MM; undefined = the board month (the latest month of the activity data). */
	month?: string;
	/** Null for the whole ICB. */
	locality: Locality | null;
}

export interface ParsedBoardPackState {
	state: BoardPackState;
	problems: string[];
}

export function parseBoardPackState(params: URLSearchParams): ParsedBoardPackState {
	const problems: string[] = [];
	const month = parseMonthParam(params);
	if (month.kind === 'unknown') {
		problems.push(`"${month.value}" is not a month (YYYY-MM), so the board month is shown.`);
	}
	const place = parseLocalityParam(params);
	let locality: Locality | null = place.kind === 'one' ? place.locality : null;
	if (place.kind === 'unknown') {
		// The form submits the locality's name without JavaScript; links write its slug.
		const named = LOCALITIES.find((l) => l.toLowerCase() === place.value.trim().toLowerCase());
		if (named) locality = named;
		else problems.push(`"${place.value}" is not a locality here, so the whole ICB is shown.`);
	}
	return {
		state: { ...(month.kind === 'one' ? { month: month.month } : {}), locality },
		problems
	};
}

/** The query string for a state ("" for the board month and the whole ICB). */
export function boardPackSearch(state: BoardPackState): string {
	const params = new URLSearchParams();
	if (state.month) params.set(MONTH_PARAM, state.month);
	if (state.locality) params.set(LOCALITY_PARAM, localitySlug(state.locality));
	const query = params.toString();
	return query ? `?${query}` : '';
}
