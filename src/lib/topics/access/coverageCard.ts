/**
 * The coverage card: the share of women (the service's ages) living within the threshold of a
 * site offering the service, for the ICB, by locality and by IMD quintile, the gap between the
 * most and least deprived fifths, and the worst-served LSOAs with their public transport
 * connectivity (IoD 2025), the indicator shown for public transport instead of invented minutes.
 */
import type { BarModel } from './bars';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { ICB_AREA } from '$lib/csv/provenance';
import { SITE_SERVICES, type SiteServiceCode } from '$lib/data/siteServices';
import { ONE_DECIMAL, PERCENT_1DP, TWO_DECIMALS } from '$lib/format/numbers';
import { worstServed, type CoverageFigures, type CoverageGroup, type Reach } from './coverage';
import { formatMinutes, formatShare, formatWomen, wholeWomen } from './format';
import { ACCESS_SOURCE, TRAVEL_PERIOD } from './provenance';
import type { AccessData } from './types';

export const WORST_SERVED_COUNT = 10;

const QUINTILE_LABEL = ['1 (most deprived)', '2', '3', '4', '5 (least deprived)'];

export interface CoverageRow {
	key: string;
	group: string;
	women: number;
	womenText: string;
	within: number;
	withinText: string;
	share: number | null;
	shareText: string;
}

export interface WorstServedRow {
	code: string;
	name: string;
	locality: string;
	imdDecile: number;
	minutes: number;
	minutesText: string;
	connectivityText: string;
}

export interface CoverageCardModel {
	id: 'coverage';
	title: string;
	kind: 'modelled';
	summary: string;
	/** Share within the threshold by quintile, most deprived first. */
	bars: BarModel[];
	chartLabel: string;
	headline: { shareText: string; gapText: string };
	localityRows: CoverageRow[];
	quintileRows: CoverageRow[];
	worst: WorstServedRow[];
	downloads: Download[];
}

export interface CoverageCardInput {
	data: AccessData;
	reach: Reach;
	figures: CoverageFigures;
	service: SiteServiceCode;
}

function row(group: CoverageGroup, label: string): CoverageRow {
	return {
		key: group.key,
		group: label,
		women: group.women,
		womenText: formatWomen(group.women),
		within: group.within,
		withinText: formatWomen(group.within),
		share: group.share,
		shareText: formatShare(group.share)
	};
}

/** "8.2 points lower in the most deprived fifth than in the least deprived". */
export function describeGap(gapPoints: number | null): string {
	if (gapPoints === null) return 'no gap can be given (a quintile has no women)';
	const points = Math.round(Math.abs(gapPoints) * 10) / 10;
	if (points === 0) return 'the same in the most and the least deprived fifths';
	return `${ONE_DECIMAL.text(points)} points ${gapPoints > 0 ? 'lower' : 'higher'} in the most deprived fifth than in the least deprived`;
}

export function coverageCardModel(input: CoverageCardInput): CoverageCardModel {
	const { data, reach, figures, service } = input;
	const { phrase, ages } = SITE_SERVICES[service];
	const threshold = figures.threshold;
	const localityRows = [
		row(figures.all, 'Mid and South Essex'),
		...figures.byLocality.map((g) => row(g, g.key))
	];
	const quintileRows = figures.byQuintile.map((g, i) => row(g, QUINTILE_LABEL[i]));
	const worst = worstServed(reach.minutes, WORST_SERVED_COUNT).map((i) => {
		const area = data.areas[i];
		return {
			code: area.code,
			name: area.name,
			locality: area.locality,
			imdDecile: area.imdDecile,
			minutes: reach.minutes[i],
			minutesText: formatMinutes(reach.minutes[i]),
			connectivityText: TWO_DECIMALS.text(area.connectivity)
		};
	});
	const gapText = describeGap(figures.gapPoints);
	const shareText = formatShare(figures.all.share);
	const title = `Women aged ${ages} within ${threshold} minutes by car of ${phrase}`;
	const groupColumns = [
		textColumn<CoverageRow>('group', (r) => r.group),
		countColumn<CoverageRow>('women', (r) => wholeWomen(r.women)),
		countColumn<CoverageRow>(`women_within_${threshold}_minutes`, (r) => wholeWomen(r.within)),
		numberColumn<CoverageRow>('percent_within', (r) => r.share, PERCENT_1DP, {
			from: (r) => [wholeWomen(r.women), wholeWomen(r.within)]
		})
	];
	const metadata = {
		area: ICB_AREA,
		period: TRAVEL_PERIOD,
		source: ACCESS_SOURCE,
		kind: 'modelled' as const
	};
	return {
		id: 'coverage',
		title,
		kind: 'modelled',
		summary: `Modelled: ${shareText} of women aged ${ages} live within ${threshold} minutes by car of a site offering ${phrase}; the share is ${gapText}.`,
		bars: figures.byQuintile.map((g, i) => ({
			key: g.key,
			label: `Quintile ${QUINTILE_LABEL[i]}`,
			value: (g.share ?? 0) * 100,
			valueText: formatShare(g.share)
		})),
		chartLabel: `Bar chart: share of women aged ${ages} within ${threshold} minutes by IMD 2025 quintile`,
		headline: { shareText, gapText },
		localityRows,
		quintileRows,
		worst,
		downloads: [
			buildDownload<CoverageRow>({
				name: `coverage-${service.replaceAll('_', '-')}-${threshold}-minutes`,
				metadata: { ...metadata, title: `${title}, by locality and IMD 2025 quintile` },
				rows: [
					...localityRows,
					...quintileRows.map((r) => ({ ...r, group: `IMD quintile ${r.group}` }))
				],
				columns: groupColumns
			}),
			buildDownload<WorstServedRow>({
				name: `worst-served-${service.replaceAll('_', '-')}`,
				metadata: { ...metadata, title: `The ${WORST_SERVED_COUNT} LSOAs furthest from ${phrase}` },
				rows: worst,
				columns: [
					textColumn('lsoa21_code', (r) => r.code),
					textColumn('lsoa21_name', (r) => r.name),
					textColumn('locality', (r) => r.locality),
					textColumn('imd25_decile', (r) => String(r.imdDecile)),
					numberColumn('modelled_car_minutes', (r) => r.minutes, ONE_DECIMAL, {
						missing: 'no site'
					}),
					textColumn('iod25_public_transport_connectivity_score', (r) => r.connectivityText)
				]
			})
		]
	};
}
