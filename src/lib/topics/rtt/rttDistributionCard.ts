/**
 * The gynaecology RTT weeks-waited card: how long patients whose pathway was completed in one
 * month had waited, as a histogram per pathway with the 18-week standard and 52 weeks marked.
 * Trust figures, shown as NHS England publishes them.
 */
import type { HistogramBin, ReferenceLine } from '$lib/components/charts/histogram/types';
import { buildDownload, publishedColumn, textColumn, type Download } from '$lib/csv/download';
import { periodOfMonths } from '$lib/csv/months';
import { SOURCE, TRUST_AREA } from '$lib/csv/provenance';
import { RTT_STANDARD_WEEKS } from '$lib/facts';
import { formatMonth } from '$lib/format/numbers';
import { formatPublishedCount } from '$lib/format/notPublished';
import { RTT_LONG_WAIT_WEEKS, type RttBandRow, type RttPathway } from '$lib/queries/rttCompleted';
import { describeWeeksBand, shortWeeksBand } from './rttBands';
import {
	PATHWAYS,
	PATHWAY_LABEL,
	rttHistogramBins,
	summariseRtt,
	type RttMonthTableRow
} from './rttSummaries';

export interface RttDistributionCardInput {
	bands: readonly RttBandRow[];
	months: readonly RttMonthTableRow[];
	/** First day of the month shown. */
	period: string;
}

/** One weekly band with both pathways side by side (matched on the band, not its position). */
interface BandRow {
	from: number;
	to: number | null;
	admitted: number | null;
	nonAdmitted: number | null;
}

export interface RttDistributionCardModel {
	id: 'rtt-distribution';
	title: string;
	kind: 'real';
	summary: string;
	/** Small multiples, one per pathway. */
	charts: { pathway: RttPathway; heading: string; label: string; bins: HistogramBin[] }[];
	references: ReferenceLine[];
	ticks: number[];
	xLabel: string;
	yLabel: string;
	caption: string;
	rows: { from: number; band: string; admitted: string; nonAdmitted: string }[];
	downloads: Download[];
}

/** Quarter-years of weeks, up to the open top band at 104. */
const TICKS = [0, 13, 26, 39, 52, 65, 78, 91, 104];

export function rttDistributionCardModel(
	input: RttDistributionCardInput
): RttDistributionCardModel {
	const { bands, months, period } = input;
	const month = formatMonth(period);
	const bins = Object.fromEntries(
		PATHWAYS.map((pathway) => [pathway, rttHistogramBins(bands, period, pathway)])
	) as Record<RttPathway, HistogramBin[]>;
	const other = new Map(bins.non_admitted.map((b) => [b.from, b.value]));
	const bandRows: BandRow[] = bins.admitted.map((b) => ({
		from: b.from,
		to: b.to,
		admitted: b.value,
		nonAdmitted: other.get(b.from) ?? null
	}));
	const caption = `Gynaecology pathways completed in ${month} by weeks waited`;
	return {
		id: 'rtt-distribution',
		title: `Gynaecology: weeks waited by patients whose RTT pathway was completed in ${month}`,
		kind: 'real',
		summary: summariseRtt(months, period),
		charts: PATHWAYS.map((pathway) => ({
			pathway,
			heading: PATHWAY_LABEL[pathway],
			label: `Histogram: ${pathway.replace('_', '-')} gynaecology pathways completed in ${month} by weeks waited`,
			bins: bins[pathway]
		})),
		references: [
			{ at: RTT_STANDARD_WEEKS, label: `${RTT_STANDARD_WEEKS} weeks` },
			{ at: RTT_LONG_WAIT_WEEKS, label: `${RTT_LONG_WAIT_WEEKS} weeks` }
		],
		ticks: TICKS,
		xLabel: 'Weeks waited (the last bar is more than 104 weeks)',
		yLabel: 'Pathways completed',
		caption,
		rows: bandRows.map((b) => ({
			from: b.from,
			band: describeWeeksBand(b),
			admitted: formatPublishedCount(b.admitted),
			nonAdmitted: formatPublishedCount(b.nonAdmitted)
		})),
		downloads: [
			buildDownload<BandRow>({
				name: 'rtt-gynaecology-weeks-waited',
				metadata: {
					title: caption,
					area: TRUST_AREA,
					period: periodOfMonths([period]),
					source: SOURCE.rtt,
					kind: 'real'
				},
				rows: bandRows,
				columns: [
					textColumn('month', () => period),
					textColumn('weeks_band', (b) => shortWeeksBand(b)),
					publishedColumn('admitted', (b) => b.admitted),
					publishedColumn('non_admitted', (b) => b.nonAdmitted)
				]
			})
		]
	};
}
