/**
 * The /inequalities page's URL parameters and their values, in one shared place: the page parses
 * them, and other pages (the /larc deprivation card) link to the same measure and reason.
 */
import type { LarcReason } from '$lib/data/datasets';

/**
 * What is compared between groups: women waiting for LARC at a month end and LARC requests in 12
 * months (rates per 1,000 women); the median wait to a LARC fit; the community share of
 * gynaecological LARC fits; the share of women within a modelled travel time of a site offering
 * LARC; and suspected gynaecological cancer (USC) referrals per 1,000 women.
 */
export const INEQUALITY_MEASURES = [
	'waiting',
	'requests',
	'median-wait',
	'community-share',
	'travel',
	'usc-referrals'
] as const;
export type InequalityMeasure = (typeof INEQUALITY_MEASURES)[number];

/** The LARC rates per 1,000 women, split by age band so they can be age-standardised. */
export const LARC_RATE_MEASURES = ['waiting', 'requests'] as const;
export type LarcRateMeasure = (typeof LARC_RATE_MEASURES)[number];

export const isLarcRateMeasure = (m: InequalityMeasure): m is LarcRateMeasure =>
	(LARC_RATE_MEASURES as readonly string[]).includes(m);

/** How women are grouped by where they live (their home LSOA). */
export const INEQUALITY_GROUPINGS = [
	'imd-quintile',
	'imd-decile',
	'rural-urban',
	'locality'
] as const;
export type InequalityGrouping = (typeof INEQUALITY_GROUPINGS)[number];

export interface InequalitiesLink {
	measure: InequalityMeasure;
	reason: LarcReason;
	grouping?: InequalityGrouping;
}

/** `/inequalities?measure=…&reason=…[&group=…]`, the page for one measure and reason. */
export function inequalitiesHref({ measure, reason, grouping }: InequalitiesLink): string {
	const params = new URLSearchParams({ measure, reason });
	if (grouping) params.set('group', grouping);
	return `/inequalities?${params}`;
}
