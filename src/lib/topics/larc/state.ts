/**
 * The /larc page's state, held in the URL so a view can be shared: parsed once into typed values,
 * with anything unusable reported (and replaced by its default) rather than guessed at.
 */
import { z } from 'zod';
import {
	AGE_BANDS,
	LARC_REASONS,
	type AgeBand,
	type LarcReason,
	type Locality
} from '$lib/data/datasets';
import { PESSARY_CHANGE_GRACE_WEEKS } from '$lib/queries/pessaryActivity';
import { DEFAULT_CONTRACEPTIVE_LARC_TARGET_WEEKS } from '$lib/facts';
import { LOCALITY_PARAM, localitySlug, parseLocalityParam } from '$lib/url/localityParam';

export const LARC_AGE_BANDS = AGE_BANDS.filter((band) => band !== '0-14');

export interface LarcPageState {
	locality?: Locality;
	pcnCode?: string;
	ageBand?: AgeBand;
	/** The reason the SPC charts follow; every table still shows both reasons side by side. */
	reason: LarcReason;
	/** First and last month of the period (YYYY-MM), within the extract. */
	fromMonth?: string;
	toMonth?: string;
	/** Contraceptive target wait in weeks: a local setting (gynaecological is fixed, as RTT's). */
	contraceptiveTargetWeeks: number;
	/** Date by which the relief capacity should clear the excess queue. */
	clearBy?: string;
	measure: 'count' | 'rate';
	/** Weeks past due before a ring pessary change counts as overdue (a local assumption). */
	pessaryGraceWeeks: number;
	/**
	 * The logged intervention the SPC charts are rebased at (its id), only ever by the user's
	 * choice; the page checks it is logged for the selection.
	 */
	rebase?: string;
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const PARAM_SCHEMAS = {
	pcn: z.string().regex(/^U\d{5}$/),
	age: z.enum(LARC_AGE_BANDS as [AgeBand, ...AgeBand[]]),
	reason: z.enum(LARC_REASONS),
	from: month,
	to: month,
	contraTarget: z.coerce.number().int().min(1).max(52),
	clearBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	measure: z.enum(['count', 'rate']),
	pessaryGrace: z.coerce.number().int().min(0).max(26),
	rebase: z
		.string()
		.max(120)
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
};
type ParamName = keyof typeof PARAM_SCHEMAS;

export interface ParsedLarcState {
	state: LarcPageState;
	/** One sentence per parameter that could not be used. */
	problems: string[];
}

export function parseLarcState(params: URLSearchParams): ParsedLarcState {
	const problems: string[] = [];
	function read<K extends ParamName>(name: K): z.infer<(typeof PARAM_SCHEMAS)[K]> | undefined {
		const raw = params.get(name);
		if (raw === null || raw === '') return undefined;
		const parsed = PARAM_SCHEMAS[name].safeParse(raw);
		if (parsed.success) return parsed.data as z.infer<(typeof PARAM_SCHEMAS)[K]>;
		problems.push(`"${raw}" is not a valid ${name}, so it is ignored.`);
		return undefined;
	}
	const locality = parseLocalityParam(params);
	if (locality.kind === 'unknown')
		problems.push(`"${locality.value}" is not a locality, so it is ignored.`);
	const state: LarcPageState = {
		locality: locality.kind === 'one' ? locality.locality : undefined,
		pcnCode: read('pcn'),
		ageBand: read('age'),
		reason: read('reason') ?? 'gynaecological',
		fromMonth: read('from'),
		toMonth: read('to'),
		contraceptiveTargetWeeks: read('contraTarget') ?? DEFAULT_CONTRACEPTIVE_LARC_TARGET_WEEKS,
		clearBy: read('clearBy'),
		measure: read('measure') ?? 'count',
		pessaryGraceWeeks: read('pessaryGrace') ?? PESSARY_CHANGE_GRACE_WEEKS,
		rebase: read('rebase')
	};
	if (state.fromMonth && state.toMonth && state.fromMonth > state.toMonth) {
		problems.push('The period starts after it ends, so the whole extract is shown.');
		state.fromMonth = state.toMonth = undefined;
	}
	return { state, problems };
}

/**
 * The URL parameter each field of the state is read from by parseLarcState (locality aside): the
 * filter form names its controls with these, so a submitted form is a URL this page parses.
 */
export const LARC_PARAM = {
	pcnCode: 'pcn',
	ageBand: 'age',
	reason: 'reason',
	fromMonth: 'from',
	toMonth: 'to',
	contraceptiveTargetWeeks: 'contraTarget',
	clearBy: 'clearBy',
	measure: 'measure',
	pessaryGraceWeeks: 'pessaryGrace',
	rebase: 'rebase'
} as const satisfies Record<Exclude<keyof LarcPageState, 'locality'>, ParamName>;

/**
 * The /larc query string for a (partial) state, built from typed values: every field given is
 * written, defaults included, so a link states its period, reason and measure outright.
 */
export function larcSearch(state: Partial<LarcPageState>): string {
	const params = new URLSearchParams();
	if (state.locality) params.set(LOCALITY_PARAM, localitySlug(state.locality));
	for (const [field, name] of Object.entries(LARC_PARAM)) {
		const value = state[field as keyof typeof LARC_PARAM];
		if (value !== undefined) params.set(name, String(value));
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
