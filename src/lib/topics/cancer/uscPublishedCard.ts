/**
 * The published urgent suspected cancer demand card: patients first seen after an urgent
 * referral, July of each year, for all cancers and suspected gynaecological cancer. Real NHS
 * England figures for the ICB, shown as published.
 */
import type { BarDatum } from '$lib/components/charts/bar/types';
import { buildDownload, publishedColumn, textColumn, type Download } from '$lib/csv/download';
import { periodOfMonths } from '$lib/csv/months';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import { ICB_NAME, MIN_SPC_POINTS } from '$lib/facts';
import { formatShortMonth } from '$lib/format/numbers';
import { formatPublishedCount } from '$lib/format/notPublished';
import type { UscPublishedRow } from '$lib/queries/uscPublished';
import { publishedDemandBars, summarisePublishedDemand } from './uscDemandSeries';

export interface UscPublishedTableRow {
	key: string;
	/** First day of the month (the row's data-month). */
	month: string;
	monthLabel: string;
	measure: string;
	organisation: string;
	all: string;
	gynaecological: string;
}

export interface UscPublishedCardModel {
	id: 'usc-published';
	title: string;
	kind: 'real';
	summary: string;
	/** Small multiples: suspected gynaecological cancer, then all cancers for context. */
	charts: { key: string; heading: string; label: string; bars: BarDatum[] }[];
	spcNote: string;
	caption: string;
	rows: UscPublishedTableRow[];
	downloads: Download[];
}

const MEASURE: Record<string, string> = {
	two_week_wait: 'Two-week wait: urgent GP referral to first appointment',
	usc_first_appointment: 'Urgent suspected cancer referral to first appointment'
};

const organisation = (row: UscPublishedRow) =>
	row.org_level === 'CCG' ? `Sum of the ${row.organisations} former CCGs` : 'ICB (QH8)';

const TITLE =
	'Patients seen after an urgent suspected cancer referral (formerly two-week wait), July of each year';

export function uscPublishedCardModel(rows: readonly UscPublishedRow[]): UscPublishedCardModel {
	return {
		id: 'usc-published',
		title: TITLE,
		kind: 'real',
		summary: summarisePublishedDemand(rows),
		charts: [
			{
				key: 'gynaecological',
				heading: 'Suspected gynaecological cancer',
				label:
					'Bar chart: patients seen after an urgent referral for suspected gynaecological cancer, July of each year',
				bars: publishedDemandBars(rows, 'gynaecological')
			},
			{
				key: 'all',
				heading: 'All suspected cancers (context)',
				label:
					'Bar chart: patients seen after an urgent suspected cancer referral, all cancers, July of each year',
				bars: publishedDemandBars(rows, 'all_cancers')
			}
		],
		spcNote:
			`Too few points for SPC: the files publish ${rows.length} months, one a year, and an SPC ` +
			`chart needs at least ${MIN_SPC_POINTS} consecutive months.`,
		caption: `Patients first seen after an urgent suspected cancer referral, ${ICB_NAME}`,
		rows: rows.map((row) => ({
			key: row.period + row.org_level,
			month: row.period,
			monthLabel: formatShortMonth(row.period),
			measure: MEASURE[row.measure] ?? row.measure,
			organisation: organisation(row),
			all: formatPublishedCount(row.all_cancers),
			gynaecological: formatPublishedCount(row.gynaecological)
		})),
		downloads: [
			buildDownload<UscPublishedRow>({
				name: 'usc-demand-published',
				metadata: {
					title: 'Patients first seen after an urgent suspected cancer referral, July of each year',
					area: ICB_AREA,
					period: periodOfMonths(rows.map((r) => r.period)),
					source: SOURCE.cancerWaitingTimes,
					kind: 'real'
				},
				rows,
				columns: [
					textColumn('month', (r) => r.period),
					textColumn('measure', (r) => r.measure),
					textColumn('organisation', organisation),
					publishedColumn('all_suspected_cancers', (r) => r.all_cancers),
					publishedColumn('suspected_gynaecological_cancer', (r) => r.gynaecological)
				]
			})
		]
	};
}
