/**
 * The ages a LARC rate covers: one definition used by the numerator's filter, the denominator's
 * women and every label, so a rate never counts requests from ages its population leaves out.
 * With an age band chosen, both reasons use that band; otherwise each reason uses all the ages of
 * its own population (data/README.md, "Rates and their ages").
 */
import type { SqlParam } from '$lib/data/database';
import { LARC_REASONS, type AgeBand, type LarcReason } from '$lib/data/datasets';

/**
 * All ages of each reason's population, as AGE_BANDS.
 * - Gynaecological, 15–64: the LNG-IUS for heavy menstrual bleeding before the menopause (NICE
 *   NG88) and for endometrial protection with HRT around and after it (NICE NG23); requests come
 *   from women up to 64 (a local definition: the extract holds none under 15 or from 65).
 * - Contraceptive, 15–54: women can stop contraception at 55 (FSRH guideline "Contraception for
 *   women aged over 40 years", 2017, amended 2023).
 */
export const REASON_POPULATION_BANDS: Readonly<Record<LarcReason, readonly AgeBand[]>> = {
	gynaecological: ['15-24', '25-34', '35-44', '45-54', '55-64'],
	contraceptive: ['15-24', '25-34', '35-44', '45-54']
};

export interface RateAges {
	/** The age bands counted in both numerator and denominator, in AGE_BANDS order. */
	bands: readonly AgeBand[];
	minAge: number;
	/** Null for an open top band ('65+'). */
	maxAge: number | null;
	/** '15–64', '25–34' or '65 and over'. */
	label: string;
}

export interface RateAgesByReason extends Readonly<Record<LarcReason, RateAges>> {
	/** The band chosen, which both reasons then use; absent for all ages. */
	readonly ageBand?: AgeBand;
}

function bandRange(band: AgeBand): { minAge: number; maxAge: number | null } {
	if (band.endsWith('+')) return { minAge: Number(band.slice(0, -1)), maxAge: null };
	const [from, to] = band.split('-').map(Number);
	return { minAge: from, maxAge: to };
}

/** The ages of a rate for one reason: the chosen band, or all ages of the reason's population. */
export function rateAges(reason: LarcReason, ageBand?: AgeBand): RateAges {
	const bands = ageBand ? [ageBand] : REASON_POPULATION_BANDS[reason];
	const minAge = bandRange(bands[0]).minAge;
	const maxAge = bandRange(bands[bands.length - 1]).maxAge;
	return {
		bands,
		minAge,
		maxAge,
		label: maxAge === null ? `${minAge} and over` : `${minAge}–${maxAge}`
	};
}

export function rateAgesByReason(ageBand?: AgeBand): RateAgesByReason {
	return {
		ageBand,
		gynaecological: rateAges('gynaecological', ageBand),
		contraceptive: rateAges('contraceptive', ageBand)
	};
}

/**
 * A relation rate_ages(reason, age_band): the bands each reason's rate covers. Join requests and
 * women to it so that both sides of a rate hold the same ages. Takes RATE_AGES_PARAMS.
 */
export const RATE_AGES_CTE = `
rate_ages AS (
	SELECT reason, unnest(CAST(bands AS VARCHAR[])) AS age_band
	FROM (VALUES ${LARC_REASONS.map((reason) => `('${reason}', CAST(? AS VARCHAR))`).join(', ')})
		AS t(reason, bands)
)`;

/** The bound parameters of RATE_AGES_CTE: one list literal per reason (bands are our own constants). */
export function rateAgesParams(ageBand?: AgeBand): SqlParam[] {
	const ages = rateAgesByReason(ageBand);
	return LARC_REASONS.map((reason) => `[${ages[reason].bands.join(',')}]`);
}
