/**
 * The gynaecology RTT month-on-month card: for each month and pathway the share of pathways
 * completed within 18 weeks with its 95% interval, those over 52 weeks, and the median and 95th
 * percentile estimated from the weekly bands. Trust figures, shown as NHS England publishes them.
 */
import { INTERVAL_SERIES_STYLES, type IntervalSeries } from '$lib/components/charts/interval/types';
import {
	buildDownload,
	numberColumn,
	publishedColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { periodOfMonths } from '$lib/csv/months';
import { SOURCE, TRUST_AREA } from '$lib/csv/provenance';
import { MIN_SPC_POINTS, RTT_STANDARD_WEEKS } from '$lib/facts';
import { formatShortMonth, PERCENT_1DP } from '$lib/format/numbers';
import {
	formatPublishedCount,
	formatPublishedInterval,
	formatPublishedPercent,
	NOT_PUBLISHED
} from '$lib/format/notPublished';
import type { RttPathway } from '$lib/queries/rttCompleted';
import {
	PATHWAYS,
	PATHWAY_LABEL,
	TRUST_NAME,
	formatWeeks,
	summariseRttTrend,
	type RttMonthTableRow
} from './rttSummaries';

export interface RttMonthlyCardInput {
	months: readonly RttMonthTableRow[];
	/** First days of the months published, in order. */
	periods: readonly string[];
}

export interface RttMonthlyTableRow {
	key: string;
	/** First day of the month (the row's data-month). */
	month: string;
	pathway: RttPathway;
	monthLabel: string;
	pathwayLabel: string;
	completed: string;
	within18: string;
	share: string;
	ci: string;
	over52: string;
	median: string;
	p95: string;
}

export interface RttMonthlyCardModel {
	id: 'rtt-monthly';
	title: string;
	kind: 'real';
	summary: string;
	chart: {
		categories: { key: string; label: string }[];
		series: IntervalSeries[];
		label: string;
		yLabel: string;
	};
	spcNote: string;
	caption: string;
	rows: RttMonthlyTableRow[];
	downloads: Download[];
}

const PATHWAY_SHORT_LABEL: Record<RttPathway, string> = {
	admitted: 'Admitted',
	non_admitted: 'Non-admitted'
};

export function rttMonthlyCardModel({ months, periods }: RttMonthlyCardInput): RttMonthlyCardModel {
	const weeks = `${RTT_STANDARD_WEEKS} weeks`;
	return {
		id: 'rtt-monthly',
		title: `Gynaecology: RTT pathways completed within ${weeks}, month on month`,
		kind: 'real',
		summary: summariseRttTrend(months, periods),
		chart: {
			categories: periods.map((p) => ({ key: p, label: formatShortMonth(p) })),
			series: PATHWAYS.map((pathway, i) => ({
				key: pathway,
				label: PATHWAY_LABEL[pathway],
				...INTERVAL_SERIES_STYLES[i],
				points: periods.map((period) => {
					const row = months.find((r) => r.period === period && r.pathway === pathway);
					return row ? { value: row.share, lower: row.lower, upper: row.upper } : null;
				})
			})),
			label: `Chart: share of gynaecology pathways completed within ${weeks} by month and pathway, with 95% confidence intervals`,
			yLabel: `Share within ${weeks}`
		},
		spcNote:
			`Too few points for SPC: ${periods.length} ${periods.length === 1 ? 'month is' : 'months are'} ` +
			`published here, and an SPC chart needs at least ${MIN_SPC_POINTS}.`,
		caption: `Gynaecology RTT pathways completed at ${TRUST_NAME}, by month`,
		rows: months.map((row) => ({
			key: row.period + row.pathway,
			month: row.period,
			pathway: row.pathway,
			monthLabel: formatShortMonth(row.period),
			pathwayLabel: PATHWAY_SHORT_LABEL[row.pathway],
			completed: formatPublishedCount(row.completed),
			within18: formatPublishedCount(row.within18),
			share: formatPublishedPercent(row.share),
			ci: formatPublishedInterval(row.lower, row.upper),
			over52: formatPublishedCount(row.over52),
			median: formatWeeks(row.median),
			p95: formatWeeks(row.p95)
		})),
		downloads: [
			buildDownload<RttMonthTableRow>({
				name: 'rtt-gynaecology-monthly',
				metadata: {
					title: 'Gynaecology RTT pathways completed by month',
					area: TRUST_AREA,
					period: periodOfMonths(periods),
					source: SOURCE.rtt,
					kind: 'real'
				},
				rows: months,
				columns: [
					textColumn('month', (r) => r.period),
					textColumn('pathway', (r) => r.pathway),
					publishedColumn('completed_pathways', (r) => r.completed),
					publishedColumn('within_18_weeks', (r) => r.within18),
					numberColumn('percent_within_18_weeks', (r) => r.share, PERCENT_1DP, {
						missing: NOT_PUBLISHED
					}),
					numberColumn('ci95_lower_percent', (r) => r.lower, PERCENT_1DP),
					numberColumn('ci95_upper_percent', (r) => r.upper, PERCENT_1DP),
					publishedColumn('over_52_weeks', (r) => r.over52),
					textColumn('median_weeks_estimated', (r) => formatWeeks(r.median)),
					textColumn('p95_weeks_estimated', (r) => formatWeeks(r.p95))
				]
			})
		]
	};
}
