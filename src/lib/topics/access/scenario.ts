/**
 * Which sites offer the chosen service: hubs and hospitals as configured (fixed), and the spokes,
 * which the planner may switch on or off at any practice. The baseline is the configuration loaded
 * (site_services); a scenario names its spokes in the URL.
 */
import { AGE_BANDS } from '$lib/data/datasets';
import { SITE_SERVICES, type SiteServiceCode, type SiteType } from '$lib/data/siteServices';
import type { AccessArea, AccessSite } from './types';
import type { Weighting } from './state';

/** Sites the planner can switch: spokes and every other practice. */
const SWITCHABLE: readonly SiteType[] = ['spoke', 'practice'];

export function isSwitchable(site: AccessSite): boolean {
	return SWITCHABLE.includes(site.type);
}

/** The spokes offering the service in the configuration loaded, by site id. */
export function baselineSpokes(sites: readonly AccessSite[], service: SiteServiceCode): string[] {
	return sites.filter((s) => isSwitchable(s) && s.services.includes(service)).map((s) => s.id);
}

/** Indices of the sites offering the service: fixed sites, plus the spokes given. */
export function activeSites(
	sites: readonly AccessSite[],
	service: SiteServiceCode,
	spokes: readonly string[]
): number[] {
	const chosen = new Set(spokes);
	return sites.flatMap((site, i) =>
		isSwitchable(site)
			? chosen.has(site.id)
				? [i]
				: []
			: site.services.includes(service)
				? [i]
				: []
	);
}

export function switchableSites(sites: readonly AccessSite[]): number[] {
	return sites.flatMap((site, i) => (isSwitchable(site) ? [i] : []));
}

/** Estimated women in the service's age bands, per area. */
export function serviceWomen(areas: readonly AccessArea[], service: SiteServiceCode): Float64Array {
	const bands = SITE_SERVICES[service].bands.map((b) => AGE_BANDS.indexOf(b));
	return Float64Array.from(areas, (a) => bands.reduce((sum, b) => sum + a.womenByBand[b], 0));
}

/**
 * Weight of each area in "suggest the next spoke": its women, or, weighted toward deprivation,
 * its women × (1 + (5 − IMD quintile) ÷ 4): twice as much in the most deprived quintile as in the
 * least, a local choice stated on the page.
 */
export function suggestionWeights(
	areas: readonly AccessArea[],
	women: Float64Array,
	weighting: Weighting
): Float64Array {
	if (weighting === 'women') return women;
	return Float64Array.from(areas, (a, i) => women[i] * (1 + (5 - a.imdQuintile) / 4));
}
