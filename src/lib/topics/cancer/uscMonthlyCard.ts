/**
 * The synthetic monthly urgent suspected cancer referrals card: the ICB's referrals a month as an
 * SPC chart when the series is long enough, a rate per 100,000 women for gynaecology, and the
 * published total beside each month it was calibrated to. The synthetic counts are treated as
 * real sub-national counts would be: 1–7 shown as *, others rounded to 5, and a rate, limit or
 * change worked from a count of 1–7 withheld with it.
 */
import {
	buildDownload,
	countColumn,
	numberColumn,
	publishedColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { periodOfMonths } from '$lib/csv/months';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import { spcColumns } from '$lib/csv/spcColumns';
import { ICB_NAME, MIN_SPC_POINTS } from '$lib/facts';
import {
	formatMonth,
	formatShortMonth,
	formatSuppressedCount,
	ONE_DECIMAL
} from '$lib/format/numbers';
import { formatPublishedCount } from '$lib/format/notPublished';
import type { CancerChoice } from '$lib/queries/cancerChoice';
import type { UscPublishedRow } from '$lib/queries/uscPublished';
import type { UscMonthRow } from '$lib/queries/uscReferrals';
import { discloseDerived, SUPPRESSED } from '$lib/stats/disclosure';
import type { SpcResult } from '$lib/stats/spc';
import {
	monthlySpc,
	monthlyTable,
	summariseMonthly,
	type MonthlySpc,
	type MonthTableRow
} from './uscDemandSeries';

export interface UscMonthlyCardInput {
	rows: readonly UscMonthRow[];
	published: readonly UscPublishedRow[];
	cancer: CancerChoice;
	/** The cancer chosen, e.g. "Suspected gynaecological cancer". */
	cancerLabel: string;
}

export interface UscMonthlyTableRow {
	/** First day of the month (the row's data-month). */
	month: string;
	monthLabel: string;
	referrals: string;
	rate: string;
	published: string;
}

export type UscMonthlyChart =
	| { kind: 'spc'; result: SpcResult; label: string; yLabel: string }
	| { kind: 'note'; text: string };

export interface UscMonthlyCardModel {
	id: 'usc-monthly';
	title: string;
	kind: 'synthetic';
	summary: string;
	chart: UscMonthlyChart;
	caption: string;
	rows: UscMonthlyTableRow[];
	downloads: Download[];
}

function chartOf(spc: MonthlySpc, cancerLabel: string): UscMonthlyChart {
	switch (spc.kind) {
		case 'spc':
			return {
				kind: 'spc',
				result: spc.result,
				label: `SPC chart: synthetic urgent suspected cancer referrals a month, ${cancerLabel}`,
				yLabel: 'Referrals a month (synthetic)'
			};
		case 'too-few':
			return {
				kind: 'note',
				text: `Too few points for SPC: ${spc.points} months, and an SPC chart needs at least ${MIN_SPC_POINTS}.`
			};
		case 'withheld':
			return {
				kind: 'note',
				text:
					`No SPC chart: ${spc.months.map(formatMonth).join(', ')} had 1 to 7 referrals, ` +
					'shown as * in the table; the mean and limits, worked from every month, could reveal ' +
					'the count, so they are withheld.'
			};
	}
}

/** The rate is derived from the month's count: withheld with it. */
const rateOf = (row: MonthTableRow) =>
	row.ratePer100k === null ? null : discloseDerived(row.ratePer100k, [row.referrals]);

function rateText(row: MonthTableRow): string {
	if (row.ratePer100k === null) return 'Not applicable';
	const rate = rateOf(row);
	return rate === null ? SUPPRESSED : ONE_DECIMAL.text(rate);
}

export function uscMonthlyCardModel(input: UscMonthlyCardInput): UscMonthlyCardModel {
	const { cancerLabel } = input;
	const tableRows = monthlyTable(input.rows, input.published, input.cancer);
	const spc = monthlySpc(input.rows);
	const month = (r: MonthTableRow) => r.month;
	return {
		id: 'usc-monthly',
		title: `Urgent suspected cancer (formerly two-week wait) referrals by month, ${cancerLabel} (synthetic)`,
		kind: 'synthetic',
		summary: summariseMonthly(tableRows, cancerLabel.toLowerCase()),
		chart: chartOf(spc, cancerLabel),
		caption: `Urgent suspected cancer referrals a month, ${cancerLabel}, ${ICB_NAME}`,
		rows: tableRows.map((row) => ({
			month: row.month,
			monthLabel: formatShortMonth(row.month),
			referrals: formatSuppressedCount(row.referrals),
			rate: rateText(row),
			published: row.published === null ? '' : formatPublishedCount(row.published)
		})),
		downloads: [
			buildDownload<MonthTableRow>({
				name: `usc-referrals-monthly-synthetic-${cancerLabel}`,
				metadata: {
					title: `Urgent suspected cancer referrals a month, ${cancerLabel} (synthetic), with SPC limits`,
					area: ICB_AREA,
					period: periodOfMonths(tableRows.map(month)),
					source: SOURCE.uscMonthly,
					kind: 'synthetic'
				},
				rows: tableRows,
				columns: [
					textColumn('month', month),
					countColumn('referrals_synthetic', (r) => r.referrals),
					...spcColumns('referrals', spc.kind === 'spc' ? spc.result : null, month, ONE_DECIMAL),
					numberColumn('rate_per_100000_women_synthetic', (r) => r.ratePer100k, ONE_DECIMAL, {
						from: (r) => (r.ratePer100k === null ? [] : [r.referrals])
					}),
					publishedColumn('published_total_real', (r) => r.published, '')
				]
			})
		]
	};
}
