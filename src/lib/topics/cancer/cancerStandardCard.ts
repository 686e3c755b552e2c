/**
 * A cancer waiting-time standard's card (the 28-day Faster Diagnosis Standard or the 62-day
 * standard): each published month of each measure with its Wilson 95% interval, against the
 * standard in force that month and the ambition that year. Real ICB figures, shown as published.
 */
import { buildDownload, numberColumn, publishedColumn, textColumn } from '$lib/csv/download';
import type { Download } from '$lib/csv/download';
import { periodOfMonths } from '$lib/csv/months';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import { MIN_SPC_POINTS } from '$lib/facts';
import { formatShortMonth, PERCENT_1DP } from '$lib/format/numbers';
import {
	formatPublishedCount,
	formatPublishedInterval,
	formatPublishedPercent,
	NOT_PUBLISHED
} from '$lib/format/notPublished';
import { describeStandards, type CancerStandardId } from '$lib/kpis/cancerStandards';
import type { CwtMeasure, CwtPerformanceRow } from '$lib/queries/cancerStandards';
import {
	FDS_STANDARDS,
	SIXTY_TWO_DAY_STANDARDS,
	performanceRows,
	summarisePerformance,
	type PerformanceRow,
	type StandardsFor
} from './cancerPerformance';
import { standardChart, type StandardChart } from './cancerStandardChart';

export interface MeasureRows {
	measure: CwtMeasure;
	rows: CwtPerformanceRow[];
}

export interface CancerStandardCardInput {
	standard: CancerStandardId;
	measures: readonly MeasureRows[];
	/** The cancer chosen, e.g. "Suspected gynaecological cancer". */
	cancerLabel: string;
}

export interface CancerStandardTableRow {
	key: string;
	/** First day of the month (the row's data-month). */
	month: string;
	measureKey: string;
	monthLabel: string;
	measure: string;
	organisation: string;
	total: string;
	within: string;
	share: string;
	ci: string;
	standard: string;
	ambition: string;
	verdict: string;
}

export interface CancerStandardCardModel {
	id: string;
	title: string;
	kind: 'real';
	summary: string;
	chart: StandardChart & { label: string; yLabel: string };
	/** Why no SPC chart is drawn. */
	spcNote: string;
	rows: CancerStandardTableRow[];
	downloads: Download[];
	/** For the About text: the standards and the ambitions in force over time, in words. */
	about: { standards: string; ambitions: string };
}

const CARDS: Record<
	CancerStandardId,
	{ id: string; title: string; what: string; standardsFor: StandardsFor }
> = {
	faster_diagnosis_28d: {
		id: 'fds',
		title: 'Faster Diagnosis Standard: told within 28 days',
		what: 'were told within 28 days',
		standardsFor: FDS_STANDARDS
	},
	treatment_62d: {
		id: 'sixty-two-day',
		title: '62-day standard: first treatment within 62 days of referral',
		what: 'were treated within 62 days',
		standardsFor: SIXTY_TWO_DAY_STANDARDS
	}
};

const line = (row: PerformanceRow, key: 'standard' | 'ambition') =>
	row.standards.find((s) => s.key === key);
const basis = (row: PerformanceRow, key: 'standard' | 'ambition') => line(row, key)?.basis ?? '';
const sourceOf = (row: PerformanceRow, key: 'standard' | 'ambition') =>
	line(row, key)?.source ?? '';

export function cancerStandardCardModel(input: CancerStandardCardInput): CancerStandardCardModel {
	const card = CARDS[input.standard];
	const title = `${card.title}, ${input.cancerLabel}`;
	const rows = input.measures.flatMap((m) => performanceRows(m.measure, m.rows, card.standardsFor));
	const chart = standardChart(
		rows,
		input.measures.map((m) => m.measure),
		card.standardsFor
	);
	const months = chart.categories.length;
	const history = describeStandards(input.standard);
	return {
		id: card.id,
		title,
		kind: 'real',
		summary: summarisePerformance(rows, card.what),
		chart: {
			...chart,
			label: `Chart: share of patients who ${card.what}, by month, with 95% confidence intervals, the standard in force and the ambition that year`,
			yLabel: 'Share of patients'
		},
		spcNote:
			`Too few points for SPC: ${months === 1 ? 'one published month' : `${months} published months`}, ` +
			`one a year at most, and an SPC chart needs at least ${MIN_SPC_POINTS} consecutive months.`,
		rows: rows.map((row) => ({
			key: row.measureKey + row.period,
			month: row.period,
			measureKey: row.measureKey,
			monthLabel: formatShortMonth(row.period),
			measure: row.measureLabel,
			organisation: row.organisation,
			total: formatPublishedCount(row.total),
			within: formatPublishedCount(row.within),
			share: formatPublishedPercent(row.value),
			ci: formatPublishedInterval(row.lower, row.upper),
			standard: basis(row, 'standard'),
			ambition: basis(row, 'ambition'),
			verdict: row.verdict
		})),
		downloads: [
			buildDownload<PerformanceRow>({
				name: `${card.id}-${input.cancerLabel}`,
				metadata: {
					title,
					area: ICB_AREA,
					period: periodOfMonths(rows.map((r) => r.period)),
					source: SOURCE.cancerWaitingTimes,
					kind: 'real'
				},
				rows,
				columns: [
					textColumn('month', (r) => r.period),
					textColumn('measure', (r) => r.measureLabel),
					textColumn('referral_route', (r) => r.route),
					textColumn('organisation', (r) => r.organisation),
					publishedColumn('patients', (r) => r.total),
					publishedColumn('within_standard', (r) => r.within),
					numberColumn('percent_within', (r) => r.value, PERCENT_1DP, { missing: NOT_PUBLISHED }),
					numberColumn('ci95_lower_percent', (r) => r.lower, PERCENT_1DP),
					numberColumn('ci95_upper_percent', (r) => r.upper, PERCENT_1DP),
					textColumn('standard_in_force', (r) => basis(r, 'standard')),
					textColumn('standard_source', (r) => sourceOf(r, 'standard')),
					textColumn('ambition_that_year', (r) => basis(r, 'ambition')),
					textColumn('ambition_source', (r) => sourceOf(r, 'ambition')),
					textColumn('verdict', (r) => r.verdict)
				]
			})
		],
		about: { standards: history.standards.join('; '), ambitions: history.ambitions.join('; ') }
	};
}
