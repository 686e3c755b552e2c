/**
 * The /access filter and planner forms: controls named after the URL parameters, and the hidden
 * fields each form carries so that submitting one keeps the rest of the view (the scenario when
 * the filters change; the filters when the scenario changes).
 */
import { SITE_SERVICE_CODES, SITE_SERVICES } from '$lib/data/siteServices';
import { TRAVEL_MINUTE_BAND_EDGES } from '$lib/facts';
import { accessSearch, type AccessState } from './state';

export interface Option {
	value: string;
	label: string;
}

export const SERVICE_OPTIONS: Option[] = SITE_SERVICE_CODES.map((code) => ({
	value: code,
	label: SITE_SERVICES[code].label
}));

export const THRESHOLD_OPTIONS: Option[] = TRAVEL_MINUTE_BAND_EDGES.map((m) => ({
	value: String(m),
	label: `${m} minutes`
}));

export const WEIGHTING_OPTIONS: Option[] = [
	{ value: 'women', label: 'Every woman the same' },
	{ value: 'deprivation', label: 'Weighted toward deprived areas' }
];

const FILTER_PARAMS = [
	'service',
	'threshold',
	'circuity',
	'urbanKmh',
	'ruralKmh',
	'terminal',
	'suggest',
	'weighting'
];
const SCENARIO_PARAMS = ['scenario', 'spoke'];

/** The state's parameters named in `keep`, as hidden fields. */
function hiddenFields(state: AccessState, keep: readonly string[]): [string, string][] {
	const params = new URLSearchParams(accessSearch(state));
	return [...params.entries()].filter(([name]) => keep.includes(name));
}

/** What the filter form carries besides its controls: the scenario, the table's order. */
export function filterHidden(state: AccessState): [string, string][] {
	return hiddenFields(state, [...SCENARIO_PARAMS, 'sort', 'order']);
}

/** What the planner form carries besides its checkboxes: the filters and the table's order. */
export function plannerHidden(state: AccessState): [string, string][] {
	return hiddenFields(state, [...FILTER_PARAMS, 'sort', 'order']);
}

/** What the area search carries: everything but the area. */
export function searchHidden(state: AccessState): [string, string][] {
	return hiddenFields(state, [...FILTER_PARAMS, ...SCENARIO_PARAMS, 'sort', 'order']);
}
