/**
 * The /inequalities page's URL parameters and their values, in one shared place: the page parses
 * them, and other pages (the /larc deprivation card) link to the same measure and reason.
 */
import type { LarcReason } from '$lib/data/datasets';

/** What is compared between groups: LARC requests in 12 months, or women waiting at a month end. */
export const INEQUALITY_MEASURES = ['waiting', 'requests'] as const;
export type InequalityMeasure = (typeof INEQUALITY_MEASURES)[number];

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
