/**
 * The travel-time map card: every LSOA coloured by its modelled minutes by car to the nearest site
 * offering the service, with the sites marked, and the same figures in a sortable table in the
 * same order as the keyboard steps through the map.
 */
import type { MapArea, MapMarker, MarkerSymbol } from '$lib/components/charts/map/types';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { ICB_AREA } from '$lib/csv/provenance';
import { SITE_SERVICES, type SiteServiceCode } from '$lib/data/siteServices';
import { ONE_DECIMAL, TWO_DECIMALS, WHOLE_NUMBER } from '$lib/format/numbers';
import type { Reach } from './coverage';
import { formatMinutes, formatWomen, wholeWomen } from './format';
import { mapBands, MINUTE_BANDS, minuteBand } from './minuteBands';
import { ACCESS_SOURCE, TRAVEL_PERIOD } from './provenance';
import type { AreaSort } from './state';
import type { AccessData, AccessSite } from './types';

export interface AreaRow {
	code: string;
	name: string;
	locality: string;
	imdDecile: number;
	minutes: number;
	minutesText: string;
	band: string;
	site: string;
	women: number;
	womenText: string;
	connectivity: number;
	connectivityText: string;
}

export interface TravelMapCardModel {
	id: 'travel-map';
	title: string;
	kind: 'modelled';
	summary: string;
	mapLabel: string;
	legendTitle: string;
	bands: ReturnType<typeof mapBands>;
	areas: MapArea[];
	markers: MapMarker[];
	symbols: { symbol: MarkerSymbol; label: string }[];
	rows: AreaRow[];
	sort: AreaSort;
	descending: boolean;
	caption: string;
	downloads: Download[];
}

export interface TravelMapInput {
	data: AccessData;
	reach: Reach;
	active: readonly number[];
	women: Float64Array;
	service: SiteServiceCode;
	sort: AreaSort;
	descending: boolean;
}

const SYMBOL: Record<AccessSite['type'], MarkerSymbol> = {
	hub: 'hub',
	spoke: 'spoke',
	practice: 'spoke',
	acute: 'hospital'
};

function marker(site: AccessSite): MapMarker {
	const symbol = SYMBOL[site.type];
	const label =
		site.type === 'hub' ? `${site.locality} hub` : site.type === 'acute' ? site.name : null;
	const kind = site.type === 'hub' ? 'Hub' : site.type === 'acute' ? 'Hospital' : 'Spoke';
	return {
		id: site.id,
		lat: site.lat,
		lon: site.lon,
		symbol,
		label,
		// Hospitals sit near hubs in Basildon and Southend: their names go below, hubs' to the right.
		labelBelow: site.type === 'acute',
		title: `${kind}: ${site.name}`
	};
}

const COMPARE: Record<AreaSort, (a: AreaRow, b: AreaRow) => number> = {
	minutes: (a, b) => a.minutes - b.minutes,
	name: (a, b) => a.name.localeCompare(b.name),
	locality: (a, b) => a.locality.localeCompare(b.locality) || a.name.localeCompare(b.name),
	imd: (a, b) => a.imdDecile - b.imdDecile || a.name.localeCompare(b.name)
};

export function sortAreaRows(
	rows: readonly AreaRow[],
	sort: AreaSort,
	descending: boolean
): AreaRow[] {
	const sign = descending ? -1 : 1;
	return [...rows].sort((a, b) => sign * COMPARE[sort](a, b) || a.code.localeCompare(b.code));
}

export function travelMapCardModel(input: TravelMapInput): TravelMapCardModel {
	const { data, reach, women, service } = input;
	const servicePhrase = SITE_SERVICES[service].phrase;
	const ages = SITE_SERVICES[service].ages;
	const unsorted: AreaRow[] = data.areas.map((area, i) => {
		const minutes = reach.minutes[i];
		const site = reach.nearest[i] >= 0 ? data.sites[reach.nearest[i]].name : 'none';
		return {
			code: area.code,
			name: area.name,
			locality: area.locality,
			imdDecile: area.imdDecile,
			minutes,
			minutesText: formatMinutes(minutes),
			band: MINUTE_BANDS[minuteBand(minutes)].label,
			site,
			women: women[i],
			womenText: formatWomen(women[i]),
			connectivity: area.connectivity,
			connectivityText: TWO_DECIMALS.text(area.connectivity)
		};
	});
	const rows = sortAreaRows(unsorted, input.sort, input.descending);
	const bandOf = unsorted.map((r) => minuteBand(r.minutes));
	const bandIndex = new Map(unsorted.map((r, i) => [r.code, bandOf[i]]));
	const over60 = bandOf.filter((b) => b === MINUTE_BANDS.length - 1).length;
	const furthest = sortAreaRows(unsorted, 'minutes', true)[0];
	const caption = `Modelled minutes by car from each LSOA to the nearest site offering ${servicePhrase}`;
	return {
		id: 'travel-map',
		title: `Modelled travel time by car to the nearest site offering ${servicePhrase}`,
		kind: 'modelled',
		summary:
			input.active.length === 0
				? `No site offers ${servicePhrase} in this configuration, so every LSOA is unserved.`
				: `Modelled: ${bandOf.filter((b) => b === 0).length} of ${data.areas.length} LSOAs are within 15 minutes by car of a site offering ${servicePhrase} and ${over60} are more than an hour away; the furthest is ${furthest.name} (${furthest.locality}) at ${furthest.minutesText}.`,
		mapLabel: `Map of the ${data.areas.length} LSOAs of Mid and South Essex by modelled minutes by car to the nearest site offering ${servicePhrase}`,
		legendTitle: 'Modelled minutes by car to the nearest site',
		bands: mapBands(bandOf),
		areas: rows.map((r) => ({
			id: r.code,
			name: r.name,
			band: bandIndex.get(r.code)!,
			detail: `${r.name} (${r.locality}), IMD decile ${r.imdDecile}: ${r.minutesText} by car to ${r.site} (modelled)`
		})),
		markers: input.active.map((i) => marker(data.sites[i])),
		symbols: [
			{ symbol: 'hub', label: 'Hub (illustrative)' },
			{ symbol: 'spoke', label: 'Spoke (illustrative)' },
			{ symbol: 'hospital', label: 'Hospital' }
		],
		rows,
		sort: input.sort,
		descending: input.descending,
		caption,
		downloads: [
			buildDownload<AreaRow>({
				name: `travel-minutes-${service.replaceAll('_', '-')}`,
				metadata: {
					title: caption,
					area: ICB_AREA,
					period: TRAVEL_PERIOD,
					source: ACCESS_SOURCE,
					kind: 'modelled'
				},
				rows: sortAreaRows(unsorted, 'name', false),
				columns: [
					textColumn('lsoa21_code', (r) => r.code),
					textColumn('lsoa21_name', (r) => r.name),
					textColumn('locality', (r) => r.locality),
					numberColumn('imd25_decile', (r) => r.imdDecile, WHOLE_NUMBER),
					numberColumn('modelled_car_minutes', (r) => r.minutes, ONE_DECIMAL, {
						missing: 'no site'
					}),
					textColumn('minute_band', (r) => r.band),
					textColumn('nearest_site', (r) => r.site),
					countColumn(`women_${ages.replace('–', '_to_').replace(' and over', '_plus')}`, (r) =>
						wholeWomen(r.women)
					),
					numberColumn(
						'iod25_public_transport_connectivity_score',
						(r) => r.connectivity,
						TWO_DECIMALS
					)
				]
			})
		]
	};
}
