/**
 * The /access page's state, held in the URL so a view or a scenario can be shared: the service,
 * the threshold, the travel model's constants (a sensitivity check), the scenario's spokes, the
 * suggestion run, the area looked up and the table's order. Parsed once into typed values;
 * anything unusable is reported and replaced by its default.
 */
import { z } from 'zod';
import { SITE_SERVICE_CODES, SITE_SERVICES, type SiteServiceCode } from '$lib/data/siteServices';
import { TRAVEL_MODEL_DEFAULTS, TRAVEL_THRESHOLD_MINUTES } from '$lib/facts';
import type { TravelModelConstants } from '$lib/stats/travelTime';

export const AREA_SORTS = ['minutes', 'name', 'locality', 'imd'] as const;
export type AreaSort = (typeof AREA_SORTS)[number];
export const WEIGHTINGS = ['women', 'deprivation'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

export const DEFAULT_THRESHOLD_MINUTES = TRAVEL_THRESHOLD_MINUTES;
export const DEFAULT_SUGGESTIONS = 5;
/** Marks a scenario in the URL, so that a scenario with no spokes differs from the baseline. */
export const SCENARIO_PARAM = 'scenario';
export const SPOKE_PARAM = 'spoke';

export interface AccessState {
	service: SiteServiceCode;
	thresholdMinutes: number;
	constants: TravelModelConstants;
	/** Practice site ids offering the service as spokes; undefined = the baseline configuration. */
	spokes?: string[];
	suggestions: number;
	weighting: Weighting;
	/** An LSOA code or name to find on the map. */
	area?: string;
	sort: AreaSort;
	descending: boolean;
}

const PARAM_SCHEMAS = {
	service: z.enum(SITE_SERVICE_CODES),
	threshold: z.coerce.number().int().min(5).max(120),
	circuity: z.coerce.number().min(1).max(2.5),
	urbanKmh: z.coerce.number().min(5).max(100),
	ruralKmh: z.coerce.number().min(5).max(120),
	terminal: z.coerce.number().min(0).max(30),
	suggest: z.coerce.number().int().min(0).max(10),
	weighting: z.enum(WEIGHTINGS),
	area: z.string().trim().min(1).max(100),
	sort: z.enum(AREA_SORTS),
	order: z.enum(['asc', 'desc'])
};
type ParamName = keyof typeof PARAM_SCHEMAS;

const SITE_ID = /^[A-Z0-9]{3,8}$/;

export interface ParsedAccessState {
	state: AccessState;
	problems: string[];
}

export function parseAccessState(params: URLSearchParams): ParsedAccessState {
	const problems: string[] = [];
	function read<K extends ParamName>(name: K): z.infer<(typeof PARAM_SCHEMAS)[K]> | undefined {
		const raw = params.get(name);
		if (raw === null || raw === '') return undefined;
		const parsed = PARAM_SCHEMAS[name].safeParse(raw);
		if (parsed.success) return parsed.data as z.infer<(typeof PARAM_SCHEMAS)[K]>;
		problems.push(`"${raw}" is not a valid ${name}, so the default is used.`);
		return undefined;
	}
	const spokes = params.getAll(SPOKE_PARAM).flatMap((v) => v.split(','));
	const badSpoke = spokes.filter((s) => !SITE_ID.test(s));
	if (badSpoke.length > 0)
		problems.push(`"${badSpoke.join(', ')}" is not a site code, so it is ignored.`);
	const service = read('service') ?? 'larc_gynaecological';
	// A scenario names the service its spokes were chosen for (`scenario=ring_pessary`; `1` for the
	// service shown): after the service changes, those spokes would silently replace the new
	// service's own spokes, so the scenario is set aside and the page says so.
	const scenarioFor = params.get(SCENARIO_PARAM);
	const otherService = SITE_SERVICE_CODES.find((c) => c === scenarioFor && c !== service);
	if (otherService) {
		problems.push(
			`The scenario's spokes were chosen for ${SITE_SERVICES[otherService].phrase}, so the illustrative spokes for ${SITE_SERVICES[service].phrase} are shown.`
		);
	}
	const scenario = !otherService && (params.has(SCENARIO_PARAM) || spokes.length > 0);
	const sort = read('sort') ?? 'minutes';
	const order = read('order');
	return {
		state: {
			service,
			thresholdMinutes: read('threshold') ?? DEFAULT_THRESHOLD_MINUTES,
			constants: {
				circuity: read('circuity') ?? TRAVEL_MODEL_DEFAULTS.circuity,
				urbanKmh: read('urbanKmh') ?? TRAVEL_MODEL_DEFAULTS.urbanKmh,
				ruralKmh: read('ruralKmh') ?? TRAVEL_MODEL_DEFAULTS.ruralKmh,
				terminalMinutes: read('terminal') ?? TRAVEL_MODEL_DEFAULTS.terminalMinutes
			},
			spokes: scenario ? [...new Set(spokes.filter((s) => SITE_ID.test(s)))].sort() : undefined,
			suggestions: read('suggest') ?? DEFAULT_SUGGESTIONS,
			weighting: read('weighting') ?? 'women',
			area: read('area'),
			sort,
			// Minutes read worst first; names and places from A.
			descending: order ? order === 'desc' : sort === 'minutes'
		},
		problems
	};
}

/** The /access query string for a state: only what differs from the defaults. */
export function accessSearch(state: AccessState): string {
	const params = new URLSearchParams();
	const set = (name: string, value: string | number, fallback: string | number) => {
		if (value !== fallback) params.set(name, String(value));
	};
	set('service', state.service, 'larc_gynaecological');
	set('threshold', state.thresholdMinutes, DEFAULT_THRESHOLD_MINUTES);
	set('circuity', state.constants.circuity, TRAVEL_MODEL_DEFAULTS.circuity);
	set('urbanKmh', state.constants.urbanKmh, TRAVEL_MODEL_DEFAULTS.urbanKmh);
	set('ruralKmh', state.constants.ruralKmh, TRAVEL_MODEL_DEFAULTS.ruralKmh);
	set('terminal', state.constants.terminalMinutes, TRAVEL_MODEL_DEFAULTS.terminalMinutes);
	if (state.spokes) {
		params.set(SCENARIO_PARAM, state.service);
		for (const spoke of state.spokes) params.append(SPOKE_PARAM, spoke);
	}
	set('suggest', state.suggestions, DEFAULT_SUGGESTIONS);
	set('weighting', state.weighting, 'women');
	if (state.area) params.set('area', state.area);
	set('sort', state.sort, 'minutes');
	if (state.descending !== (state.sort === 'minutes'))
		params.set('order', state.descending ? 'desc' : 'asc');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** True when the constants are the model's defaults (the built matrix applies as it is). */
export function usesDefaultConstants(constants: TravelModelConstants): boolean {
	return (Object.keys(TRAVEL_MODEL_DEFAULTS) as (keyof TravelModelConstants)[]).every(
		(key) => constants[key] === TRAVEL_MODEL_DEFAULTS[key]
	);
}
