/**
 * The /cancer page's state, held in the URL so a view can be shared (`/cancer?cancer=all`): the
 * suspected cancer shown. Suspected gynaecological cancer by default; a value that is not a choice
 * is reported, and the default shown.
 */
import { CANCER_CHOICES, CANCER_CHOICE_LABEL, type CancerChoice } from '$lib/queries/cancerChoice';

export const CANCER_PARAM = 'cancer';
export const DEFAULT_CANCER: CancerChoice = 'gynaecological';

export interface CancerState {
	cancer: CancerChoice;
}

export interface ParsedCancerState {
	state: CancerState;
	/** One sentence per parameter that could not be used. */
	problems: string[];
}

/** The choices of the page's filter, in the order shown. */
export const CANCER_OPTIONS = CANCER_CHOICES.map((value) => ({
	value,
	label: CANCER_CHOICE_LABEL[value]
}));

export function parseCancerState(params: URLSearchParams): ParsedCancerState {
	const value = params.get(CANCER_PARAM);
	if (value === null || value === '') return { state: { cancer: DEFAULT_CANCER }, problems: [] };
	const cancer = CANCER_CHOICES.find((choice) => choice === value.toLowerCase());
	if (cancer) return { state: { cancer }, problems: [] };
	const shown = CANCER_CHOICE_LABEL[DEFAULT_CANCER].toLowerCase();
	return {
		state: { cancer: DEFAULT_CANCER },
		problems: [`"${value}" is not a choice here, so ${shown} is shown.`]
	};
}

/**
 * The /cancer query string for a (partial) state, built from typed values: every field given is
 * written, the default included, so a link states its choice outright.
 */
export function cancerSearch(state: Partial<CancerState>): string {
	const params = new URLSearchParams();
	if (state.cancer) params.set(CANCER_PARAM, state.cancer);
	const query = params.toString();
	return query ? `?${query}` : '';
}
