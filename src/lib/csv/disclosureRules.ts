/**
 * Which disclosure rule a download's figures follow: said in a column of the file and on the card's
 * Download tab. A download's rule follows from its columns (see `disclosureRule` in download.ts).
 */
export interface DisclosureRule {
	/** Short enough to repeat on every row of the file. */
	column: string;
	/** The fuller explanation on the Download tab. */
	note: string;
}

/** Sub-national counts, real or synthetic: NHS England disclosure control (stats/disclosure.ts). */
export const SUB_NATIONAL: DisclosureRule = {
	column:
		'Counts 1–7 shown as *, other counts rounded to the nearest 5; rates, percentages and intervals from unrounded counts',
	note:
		'Counts from 1 to 7 are shown as * and other counts are rounded to the nearest 5 (NHS England ' +
		'disclosure control for sub-national figures); rates, percentages and confidence intervals ' +
		'are calculated from unrounded counts.'
};

/** Real NHS England figures for the ICB or the trust are already public: given as published. */
export const AS_PUBLISHED: DisclosureRule = {
	column: 'As published by NHS England: not rounded or suppressed',
	note:
		'They are NHS England’s published figures for the ICB (or its former CCGs) or the trust, ' +
		'already in the public domain, so they are given exactly as published; nothing is rounded ' +
		'or suppressed. "Not published" marks figures the source did not publish. Percentages and ' +
		'95% confidence intervals are calculated from the published counts.'
};

/** Synthetic counts below national level follow the sub-national rule, as real ones would. */
export const SYNTHETIC_BESIDE_PUBLISHED: DisclosureRule = {
	column:
		'Synthetic counts 1–7 shown as *, others rounded to the nearest 5; published totals as published',
	note:
		'The counts are synthetic but are treated as real sub-national counts would be: 1 to 7 are ' +
		'shown as * and others are rounded to the nearest 5 (NHS England disclosure control). Rates ' +
		'and confidence intervals are calculated from the unrounded counts. Published totals shown ' +
		'beside them are real and given as published.'
};

/** Files that count services, PCNs or clinicians, never patients: nothing to suppress. */
export const NO_PATIENT_COUNTS: DisclosureRule = {
	column: 'No counts of patients: counts of PCNs and clinicians are not suppressed',
	note:
		'The file counts PCNs, services and clinicians, not patients, so no figure is suppressed or ' +
		'rounded for disclosure control. Shares of women use the modelled female population.'
};
