/**
 * Everything the waits card shows: the summary, a bar chart of median waits so far per reason,
 * the table of waits still open and fits in the period, and its download. Statistics of 1–7
 * women are withheld ("*") in all of them. WaitsCard.svelte draws this model and nothing else.
 */
import { LARC_REASONS, type LarcReason, type Period } from '$lib/data/datasets';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { SOURCE } from '$lib/csv/provenance';
import { formatMonth, formatSuppressedCount, ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';
import type { WaitsRow } from '$lib/queries/larcWaits';
import { SUPPRESSED } from '$lib/stats/disclosure';
import type { BarModel } from './bars';
import {
	formatShare,
	formatWeeks,
	shareCounts,
	shareWithinTarget,
	shownShare,
	shownWait,
	summariseWaits,
	waitCounts
} from './waitsSummary';

export interface WaitsCardInput {
	rows: readonly WaitsRow[];
	areaLabel: string;
	/** Waits still open are measured on this date, the end of the period. */
	asAt: string;
	/** Fits are counted over the period. */
	period: Period;
	targets: Record<LarcReason, number>;
}

export interface WaitsPanelModel {
	reason: LarcReason;
	heading: string;
	chartLabel: string;
	/** One bar per area whose median can be shown. */
	bars: BarModel[];
	reference: { value: number; label: string };
}

export interface WaitsTableRowModel {
	key: string;
	area: string;
	reason: LarcReason;
	status: WaitsRow['status'];
	statusText: string;
	women: string;
	median: string;
	p92: string;
	withinTarget: string;
}

export interface WaitsCardModel {
	id: 'waits';
	title: string;
	kind: 'synthetic';
	summary: string;
	panels: WaitsPanelModel[];
	caption: string;
	rows: WaitsTableRowModel[];
	targets: Record<LarcReason, number>;
	downloads: Download[];
}

const weeksText = (row: WaitsRow, weeks: number | null) => {
	if (row.patients === 0) return '–';
	const shown = shownWait(row, weeks);
	return shown === null ? SUPPRESSED : formatWeeks(shown);
};

function shareText(row: WaitsRow): string {
	const share = shownShare(row);
	if (share !== null) return formatShare(share);
	return row.patients === 0 ? '–' : SUPPRESSED;
}

function downloadOf(input: WaitsCardInput): Download {
	const { rows, areaLabel, period } = input;
	return buildDownload<WaitsRow>({
		name: 'larc-waits',
		metadata: {
			title: `Waits for a LARC fit by reason, ${areaLabel}`,
			area: areaLabel,
			period,
			source: SOURCE.larc,
			kind: 'synthetic'
		},
		rows,
		columns: [
			textColumn('area', (r) => r.locality),
			textColumn('reason', (r) => r.reason),
			textColumn('status', (r) => r.status),
			countColumn('patients', (r) => r.patients),
			numberColumn('median_weeks', (r) => r.median_weeks, ONE_DECIMAL, { from: waitCounts }),
			numberColumn('p92_weeks', (r) => r.p92_weeks, ONE_DECIMAL, { from: waitCounts }),
			numberColumn('percent_within_target', shareWithinTarget, PERCENT_1DP, { from: shareCounts })
		]
	});
}

export function waitsCardModel(input: WaitsCardInput): WaitsCardModel {
	const { rows, areaLabel, asAt, targets } = input;
	return {
		id: 'waits',
		title: 'How long women wait for a LARC fit, by reason',
		kind: 'synthetic',
		summary: summariseWaits(rows, areaLabel, targets),
		panels: LARC_REASONS.map((reason) => ({
			reason,
			heading: `Median wait so far, ${reason} reasons, at ${formatMonth(asAt)}`,
			chartLabel: `Bar chart: median weeks waited so far by women waiting for a LARC fit for ${reason} reasons, ${areaLabel}`,
			bars: rows
				.filter((r) => r.reason === reason && r.status === 'waiting')
				.flatMap((r) => {
					const median = shownWait(r, r.median_weeks);
					return median === null
						? []
						: [
								{
									key: r.locality,
									label: r.locality,
									value: median,
									valueText: formatWeeks(median)
								}
							];
				}),
			reference: { value: targets[reason], label: `Target ${targets[reason]} weeks` }
		})),
		caption: `Waits for a LARC fit by reason, ${areaLabel}: still waiting at ${formatMonth(asAt)}, and fitted in the period`,
		rows: rows.map((r) => ({
			key: `${r.locality}|${r.reason}|${r.status}`,
			area: r.locality,
			reason: r.reason,
			status: r.status,
			statusText: r.status === 'waiting' ? 'still waiting' : 'fitted in period',
			women: formatSuppressedCount(r.patients),
			median: weeksText(r, r.median_weeks),
			p92: weeksText(r, r.p92_weeks),
			withinTarget: shareText(r)
		})),
		targets,
		downloads: [downloadOf(input)]
	};
}
