/**
 * Everything the /access page needs, as plain data: the areas, sites and travel times, and the
 * map's boundaries (types.ts). The figures themselves come from accessView (view.ts), a pure
 * function of this data and the page's state, so the browser can recompute a scenario at once.
 */
import { AGE_BANDS } from '$lib/data/datasets';
import type { PageContext } from '$lib/data/pageContext';
import {
	SITE_SERVICE_CODES,
	SITE_TYPES,
	type SiteServiceCode,
	type SiteType
} from '$lib/data/siteServices';
import {
	accessLsoas,
	accessSites,
	mapBoundaries,
	travelMatrix,
	travelMatrixSources,
	womenByBand
} from '$lib/queries/travelAccess';
import { MODELLED_SOURCE, type RuralUrban } from '$lib/stats/travelTime';
import type { Topology } from 'topojson-specification';
import type { AccessState } from './state';
import type { AccessData, AccessSite, TravelTimes } from './types';

export const MAP_NAME = 'lsoa21_mse';

/**
 * Women are carried to the browser to 0.01 (estimates good to whole women at best), so the page
 * stays small. Coordinates are not rounded: the browser's minutes must equal the matrix's.
 */
const round = (value: number, places: number) => Number(value.toFixed(places));

export interface AccessModel {
	data: AccessData;
	/** Where the minutes come from, said on the page: 'modelled' or the routed matrix's source. */
	travelSource: string;
}

function parseSite(row: Awaited<ReturnType<typeof accessSites>>[number]): AccessSite {
	if (!SITE_TYPES.includes(row.site_type as SiteType)) {
		throw new Error(`sites: site ${row.site_id} has an unknown site_type "${row.site_type}"`);
	}
	const services = row.services === '' ? [] : row.services.split(',');
	const unknown = services.find((s) => !SITE_SERVICE_CODES.includes(s as SiteServiceCode));
	if (unknown)
		throw new Error(`site_services: site ${row.site_id} has an unknown service_code "${unknown}"`);
	return {
		id: row.site_id,
		name: row.site_name,
		type: row.site_type as SiteType,
		pcn: row.pcn_code,
		locality: row.locality,
		lat: row.lat,
		lon: row.lon,
		services: services as SiteServiceCode[]
	};
}

async function loadTravel(
	ctx: PageContext,
	state: AccessState,
	sites: readonly AccessSite[],
	areaCodes: readonly string[]
): Promise<{ travel: TravelTimes; source: string }> {
	const sources = (await travelMatrixSources(ctx.db)).filter((s) => s.mode === 'car');
	const expected = sites.length * areaCodes.length;
	if (
		sources.length === 1 &&
		sources[0].source === MODELLED_SOURCE &&
		sources[0].rows === expected
	) {
		return { travel: { kind: 'modelled', constants: state.constants }, source: MODELLED_SOURCE };
	}
	// A routed matrix: every site × LSOA pair must be there, or a minimum would be wrong.
	const rows = await travelMatrix(ctx.db, { mode: 'car' });
	const siteIndex = new Map(sites.map((s, i) => [s.id, i]));
	const areaIndex = new Map(areaCodes.map((c, i) => [c, i]));
	const minutes = new Array<number>(expected).fill(NaN);
	for (const row of rows) {
		const s = siteIndex.get(row.site_id);
		const a = areaIndex.get(row.lsoa21_code);
		if (s !== undefined && a !== undefined) minutes[s * areaCodes.length + a] = row.minutes;
	}
	const gap = minutes.findIndex((m) => Number.isNaN(m));
	if (gap >= 0) {
		const site = sites[Math.floor(gap / areaCodes.length)].id;
		throw new Error(
			`site_lsoa_minutes: no car minutes from ${areaCodes[gap % areaCodes.length]} to site ${site}`
		);
	}
	return {
		travel: { kind: 'matrix', source: sources.map((s) => s.source).join(', '), minutes },
		source: sources.map((s) => s.source).join(', ')
	};
}

export async function loadAccessModel(ctx: PageContext, state: AccessState): Promise<AccessModel> {
	const [lsoas, women, siteRows, topology] = await Promise.all([
		accessLsoas(ctx.db),
		womenByBand(ctx.db),
		accessSites(ctx.db),
		mapBoundaries(ctx.db, { map: MAP_NAME })
	]);
	const womenOf = new Map(lsoas.map((l) => [l.lsoa21_code, AGE_BANDS.map(() => 0)]));
	for (const row of women) {
		const bands = womenOf.get(row.lsoa21_code);
		const band = AGE_BANDS.indexOf(row.age_band as (typeof AGE_BANDS)[number]);
		if (bands && band >= 0) bands[band] = round(row.women, 2);
	}
	const sites = siteRows.map(parseSite);
	const { travel, source } = await loadTravel(
		ctx,
		state,
		sites,
		lsoas.map((l) => l.lsoa21_code)
	);
	return {
		data: {
			areas: lsoas.map((l) => ({
				code: l.lsoa21_code,
				name: l.lsoa21_name,
				locality: l.locality,
				lad: l.lad24_name,
				imdDecile: l.imd25_decile,
				imdQuintile: l.imd25_quintile,
				ruralUrban: l.ruc21_class as RuralUrban,
				origin: { lat: l.origin_lat, lon: l.origin_lon },
				connectivity: l.connectivity_score,
				womenByBand: womenOf.get(l.lsoa21_code)!
			})),
			sites,
			travel,
			topology: JSON.parse(topology) as Topology
		},
		travelSource: source
	};
}
