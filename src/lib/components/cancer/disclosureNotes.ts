/** Which disclosure rule a card's figures follow, said on its Download tab. */

/** Real NHS England figures for the ICB or the trust are already public: shown as published. */
export const PUBLISHED_AS_IS =
	'The file holds the figures in the table. They are NHS England’s published figures for the ICB ' +
	'(or its former CCGs) or the trust, already in the public domain, so they are given exactly as ' +
	'published; nothing is rounded or suppressed. "not published" marks figures the source did not ' +
	'publish. Percentages and 95% confidence intervals are calculated from the published counts.';

/** Synthetic counts below national level follow the sub-national rule, as real ones would. */
export const SYNTHETIC_SUPPRESSED =
	'The file holds the figures in the table. The counts are synthetic but are treated as real ' +
	'sub-national counts would be: 1 to 7 are shown as * and others are rounded to the nearest 5 ' +
	'(NHS England disclosure control). Rates and confidence intervals are calculated from the ' +
	'unrounded counts. Published totals shown beside them are real and given as published.';
