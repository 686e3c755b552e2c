/**
 * What the /access page works on, as plain serialisable data: the areas (LSOAs), the sites with
 * the services they offer, how travel times are obtained, and the map's boundaries. The page model
 * loads it once on the server; everything else (coverage, the scenario, suggestions) is computed
 * from it by pure functions, on the server for the first view and in the browser after a change.
 */
import type { SiteServiceCode, SiteType } from '$lib/data/siteServices';
import type { LatLon, RuralUrban, TravelModelConstants } from '$lib/stats/travelTime';
import type { Topology } from 'topojson-specification';

export interface AccessArea {
	code: string;
	name: string;
	locality: string;
	lad: string;
	imdDecile: number;
	/** IMD 2025 national quintile, 1 = most deprived. */
	imdQuintile: number;
	ruralUrban: RuralUrban;
	origin: LatLon;
	/** IoD 2025 public transport connectivity score (higher = better connected). */
	connectivity: number;
	/** Estimated women by AGE_BANDS index (modelled population). */
	womenByBand: number[];
}

export interface AccessSite {
	id: string;
	name: string;
	type: SiteType;
	pcn: string | null;
	locality: string | null;
	lat: number;
	lon: number;
	services: SiteServiceCode[];
}

/**
 * How minutes are obtained: re-run the model with the page's constants (every row of
 * site_lsoa_minutes is modelled), or the matrix as loaded (a routed matrix: constants do not apply).
 * `minutes` is site-major, in the order of `sites` × `areas`.
 */
export type TravelTimes =
	| { kind: 'modelled'; constants: TravelModelConstants }
	| { kind: 'matrix'; source: string; minutes: number[] };

export interface AccessData {
	areas: AccessArea[];
	sites: AccessSite[];
	travel: TravelTimes;
	topology: Topology;
}
