/**
 * Calibration assumptions of the synthetic urgent suspected cancer (USC, formerly two-week wait)
 * referrals. The ICB totals come from the real Cancer Waiting Times files (uscAnchors.ts); these
 * round, illustrative numbers only shape the months and PCNs the published files do not cover
 * (data/README.md).
 */
import { parseMonth } from './calendar';

/**
 * The first month of the extract: July 2021, the first month with published USC demand for
 * Mid and South Essex in the reference files (nothing earlier is calibrated).
 */
export const USC_FIRST_MONTH = parseMonth('2021-07');

/** The two groups the extract is split into; "all suspected cancers" is their sum. */
export const USC_SUSPECTED_CANCERS = ['gynaecological', 'other'] as const;
export type UscSuspectedCancer = (typeof USC_SUSPECTED_CANCERS)[number];

/**
 * Relative rate of suspected gynaecological cancer referral by AGE_BANDS index: rising after
 * the menopause (post-menopausal bleeding is the commonest reason, NICE NG12 1.5). Only the
 * shape matters: the ICB total is fixed by the published figures.
 */
export const GYNAE_RELATIVE_RATE_BY_AGE = [0.02, 0.25, 0.5, 0.8, 1.3, 1.5, 1.4];

/** Calendar-month multipliers (January … December): fewer referrals in August and December. */
export const USC_SEASONALITY = [
	1.0, 0.98, 1.05, 0.94, 1.0, 1.03, 1.03, 0.95, 1.01, 1.04, 1.03, 0.84
];

/**
 * Between-PCN variation in referral practice: each PCN's rate is multiplied by
 * exp(sd × N(0, 1)), fixed for the whole extract, so that the funnel plot has real signal.
 */
export const PCN_VARIATION_SD: Readonly<Record<UscSuspectedCancer, number>> = {
	gynaecological: 0.12,
	other: 0.08
};

/** Used only if the reference files publish no month with both gynaecological and all cancers. */
export const FALLBACK_GYNAE_SHARE = 0.09;

/** Used only if a single month is published, so no growth can be measured (a year's growth). */
export const FALLBACK_ANNUAL_GROWTH = 1.05;
