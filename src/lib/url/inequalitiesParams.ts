/**
 * The /inequalities page's URL parameters and their values, in one shared place: the page parses
 * them, and other pages (the /larc deprivation card) link to the same measure and reason.
 */
import type { LarcReason, Locality } from '$lib/data/datasets';
import { LOCALITY_PARAM, localitySlug } from './localityParam';

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

/** How women are grouped by where they live (their home LSOA, or its modelled PCN catchment). */
export const INEQUALITY_GROUPINGS = [
	'imd-quintile',
	'imd-decile',
	'rural-urban',
	'locality',
	'pcn'
] as const;
export type InequalityGrouping = (typeof INEQUALITY_GROUPINGS)[number];

export interface InequalitiesLink {
	measure: InequalityMeasure;
	reason: LarcReason;
	grouping?: InequalityGrouping;
	locality?: Locality | null;
}

/** `/inequalities?measure=…&reason=…[&group=…][&locality=…]`, the page for one measure and reason. */
export function inequalitiesHref({
	measure,
	reason,
	grouping,
	locality
}: InequalitiesLink): string {
	const params = new URLSearchParams({ measure, reason });
	if (grouping) params.set('group', grouping);
	if (locality) params.set(LOCALITY_PARAM, localitySlug(locality));
	return `/inequalities?${params}`;
}
