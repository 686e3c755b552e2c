/**
 * The deprivation gradient of the synthetic LARC requests: an assumption of the data generator
 * (scripts/data/synthetic/larc.ts uses it), which the deprivation card states rather than
 * presenting the gap as a finding. Sources are listed in data/README.md.
 */
import type { LarcReason } from './datasets';

/**
 * Request rate in the most deprived IMD 2025 national quintile relative to the least deprived;
 * the quintiles between follow a log-linear slope, and the ICB-wide rate is not changed by it.
 * Lower in more deprived areas: the direction published for England. The sizes are assumptions:
 * - contraceptive: a third lower. OHID's Sexual and Reproductive Health Profiles show
 *   GP-prescribed LARC (excluding injections) lower in the most deprived areas of England by more
 *   than this, but between areas across England; a smaller gap is assumed between the LSOAs of
 *   one ICB.
 * - gynaecological: 18 % lower, the gap in HRT prescribing between the most and least deprived
 *   quintiles of English practices after adjusting for morbidity (Hillman et al., BJGP 2020). No
 *   published figure covers the LNG-IUS for heavy menstrual bleeding by deprivation, so the
 *   smaller (adjusted) HRT gap is used for all gynaecological requests.
 */
export const SYNTHETIC_MOST_TO_LEAST_DEPRIVED: Readonly<Record<LarcReason, number>> = {
	gynaecological: 0.82,
	contraceptive: 2 / 3
};

/** "33% lower" for a ratio of 2/3: how much lower the most deprived quintile's rate is set. */
export function assumedGapText(reason: LarcReason): string {
	return `${Math.round((1 - SYNTHETIC_MOST_TO_LEAST_DEPRIVED[reason]) * 100)}% lower`;
}
