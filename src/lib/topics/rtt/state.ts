/**
 * The /rtt page's state, held in the URL so a view can be shared (`/rtt?month=2025-10`): the month
 * whose completed pathways the weeks-waited card shows. Missing means the latest month published;
 * a value that is not a month is reported here. Whether a month is published is known only from
 * the data, so the page model reports that.
 */
import { MONTH_PARAM, parseMonthParam } from '$lib/url/monthParam';

export interface RttState {
	/** YYYY-MM; undefined = the latest month published. */
	month?: string;
}

export interface ParsedRttState {
	state: RttState;
	/** One sentence per parameter that could not be used. */
	problems: string[];
}

export function parseRttState(params: URLSearchParams): ParsedRttState {
	const param = parseMonthParam(params);
	if (param.kind === 'unknown') {
		return {
			state: {},
			problems: [`"${param.value}" is not a month (YYYY-MM), so the latest month is shown.`]
		};
	}
	return { state: param.kind === 'one' ? { month: param.month } : {}, problems: [] };
}

/**
 * The /rtt query string for a (partial) state, built from typed values: the month as YYYY-MM
 * (a first day of the month, YYYY-MM-DD, is written as its month).
 */
export function rttSearch(state: Partial<RttState>): string {
	const params = new URLSearchParams();
	if (state.month) params.set(MONTH_PARAM, state.month.slice(0, 7));
	const query = params.toString();
	return query ? `?${query}` : '';
}
