/**
 * Everything the waiting-list card shows: the summary, one chart panel per reason, the table with
 * every cell as shown, the About text's rate sentence and the download. WaitingListCard.svelte
 * draws this model and nothing else.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import type { Series } from '$lib/components/charts/types';
import type { Download } from '$lib/csv/download';
import { formatShortMonth, formatSuppressedCount, TWO_DECIMALS } from '$lib/format/numbers';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { discloseDerived, SUPPRESSED } from '$lib/stats/disclosure';
import { rateAgesSentence } from './rateLabels';
import {
	waitingListAxisLabel,
	waitingListDownload,
	waitingListPanels,
	waitingListRateColumns,
	waitingListTable,
	type Denominators
} from './waitingListSeries';
import { summariseWaitingList } from '$lib/summaries/waitingListSummary';

export interface WaitingListCardInput {
	rows: readonly WaitingListRow[];
	/** The area chosen: the ICB, a locality or a PCN. */
	areaLabel: string;
	/** The months shown: those in which the extract is complete. */
	period: Period;
	/** Women of each reason's rate ages by locality: when given, the card shows rates per 1,000. */
	denominators?: Denominators;
}

export interface WaitingListPanelModel {
	reason: LarcReason;
	heading: string;
	chartLabel: string;
	yLabel: string;
	/** Counts as published (null: withheld), or rates per 1,000 (null: withheld or unknown). */
	series: Series[];
}

export interface WaitingListTableRowModel {
	key: string;
	monthEnd: string;
	month: string;
	area: string;
	gynaecological: string;
	contraceptive: string;
	rates: { reason: LarcReason; text: string }[];
}

export interface WaitingListCardModel {
	id: 'waiting-list';
	title: string;
	kind: 'synthetic';
	summary: string;
	/** What the charts draw, so the view can format their read-outs. */
	measure: 'count' | 'rate';
	panels: WaitingListPanelModel[];
	caption: string;
	rateHeadings: { reason: LarcReason; heading: string }[];
	rows: WaitingListTableRowModel[];
	/** Which ages the rates count, for the About text; null when counts are shown. */
	ratesSentence: string | null;
	downloads: Download[];
}

const REASON_TITLE: Record<LarcReason, string> = {
	gynaecological: 'Gynaecological reasons (e.g. heavy bleeding, HRT)',
	contraceptive: 'Contraceptive reasons'
};

/** A rate as the table shows it: "*" where withheld, "–" where no denominator is known. */
function rateText(value: number | null, fromCounts: readonly number[]): string {
	const shown = discloseDerived(value, fromCounts);
	if (shown !== null) return TWO_DECIMALS.text(shown);
	return value === null ? '–' : SUPPRESSED;
}

export function waitingListCardModel(input: WaitingListCardInput): WaitingListCardModel {
	const { rows, areaLabel, period, denominators } = input;
	const rateColumns = waitingListRateColumns(denominators);
	return {
		id: 'waiting-list',
		title: 'Women waiting for a LARC fit at each month end, by reason',
		kind: 'synthetic',
		summary: summariseWaitingList(rows, areaLabel),
		measure: denominators ? 'rate' : 'count',
		panels: waitingListPanels(rows, denominators).map((panel) => ({
			reason: panel.reason,
			heading: REASON_TITLE[panel.reason],
			chartLabel: `Line chart: women waiting for a LARC fit for ${panel.reason} reasons, ${areaLabel}`,
			yLabel: waitingListAxisLabel(panel.reason, denominators),
			series: panel.series
		})),
		caption: `Women waiting for a LARC fit at month end, ${areaLabel}`,
		rateHeadings: rateColumns.map((c) => ({ reason: c.reason, heading: c.heading })),
		rows: waitingListTable(rows, denominators).map((row) => ({
			key: `${row.month_end}|${row.area}`,
			monthEnd: row.month_end,
			month: formatShortMonth(row.month_end),
			area: row.area,
			gynaecological: formatSuppressedCount(row.gynaecological),
			contraceptive: formatSuppressedCount(row.contraceptive),
			rates: rateColumns.map((c) => ({
				reason: c.reason,
				text: rateText(c.value(row), c.from(row))
			}))
		})),
		ratesSentence: denominators ? rateAgesSentence(denominators.ages) : null,
		downloads: [waitingListDownload(rows, areaLabel, period, denominators)]
	};
}
