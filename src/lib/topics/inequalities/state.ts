/**
 * The /inequalities page's state, held in the URL so a view can be shared
 * (`/inequalities?measure=waiting&reason=gynaecological&group=pcn&locality=thurrock`): the measure
 * compared, the LARC reason, how women are grouped by where they live, and the locality whose
 * PCNs are shown. Anything unusable is reported
 * and replaced by its default.
 */
import { z } from 'zod';
import { LARC_REASONS, type LarcReason, type Locality } from '$lib/data/datasets';
import { parseLocalityParam } from '$lib/url/localityParam';
import {
	INEQUALITY_GROUPINGS,
	INEQUALITY_MEASURES,
	inequalitiesHref,
	type InequalityGrouping,
	type InequalityMeasure
} from '$lib/url/inequalitiesParams';

export interface InequalitiesState {
	measure: InequalityMeasure;
	reason: LarcReason;
	grouping: InequalityGrouping;
	/** Shows the PCNs (or the locality) of one locality; null for the whole ICB. */
	locality: Locality | null;
}

export const DEFAULT_INEQUALITIES_STATE: InequalitiesState = {
	measure: 'waiting',
	reason: 'gynaecological',
	grouping: 'imd-quintile',
	locality: null
};

const PARAMS = {
	measure: z.enum(INEQUALITY_MEASURES),
	reason: z.enum(LARC_REASONS),
	group: z.enum(INEQUALITY_GROUPINGS)
};

export interface ParsedInequalitiesState {
	state: InequalitiesState;
	/** One sentence per parameter that could not be used. */
	problems: string[];
}

export function parseInequalitiesState(params: URLSearchParams): ParsedInequalitiesState {
	const problems: string[] = [];
	function read<K extends keyof typeof PARAMS>(name: K): z.infer<(typeof PARAMS)[K]> | undefined {
		const raw = params.get(name);
		if (raw === null || raw === '') return undefined;
		const parsed = PARAMS[name].safeParse(raw);
		if (parsed.success) return parsed.data as z.infer<(typeof PARAMS)[K]>;
		problems.push(`"${raw}" is not a valid ${name}, so it is ignored.`);
		return undefined;
	}
	const measure = read('measure') ?? DEFAULT_INEQUALITIES_STATE.measure;
	let grouping = read('group') ?? DEFAULT_INEQUALITIES_STATE.grouping;
	// The USC extract records the registered practice's PCN, not where women live.
	if (measure === 'usc-referrals' && grouping !== 'locality' && grouping !== 'pcn') {
		if (params.has('group'))
			problems.push(
				'USC referrals are recorded by practice, not by where women live, so they are shown by locality.'
			);
		grouping = 'locality';
	}
	const locality = parseLocalityParam(params);
	if (locality.kind === 'unknown')
		problems.push(`"${locality.value}" is not a valid locality, so it is ignored.`);
	const state: InequalitiesState = {
		measure,
		reason: read('reason') ?? DEFAULT_INEQUALITIES_STATE.reason,
		grouping,
		locality: locality.kind === 'one' ? locality.locality : null
	};
	return { state, problems };
}

/** The page's address for a state. */
export function inequalitiesPath(state: InequalitiesState): string {
	return inequalitiesHref({ ...state });
}
