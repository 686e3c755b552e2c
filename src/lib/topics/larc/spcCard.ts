/**
 * Everything the LARC SPC card shows for one reason: the summary, the XmR charts of the list size
 * and of the share within target, the monthly table and the download. The charts draw counts as
 * published; a chart one of whose months would show a withheld figure (1–7) is not drawn, as SPC
 * needs every point. LarcSpcCard.svelte draws this model and nothing else.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import type { Download } from '$lib/csv/download';
import { MIN_SPC_POINTS } from '$lib/facts';
import {
	formatPercent1dp,
	formatShortMonth,
	formatSuppressedCount,
	formatTargetPercent
} from '$lib/format/numbers';
import {
	larcSpc,
	monthlyList,
	WITHIN_TARGET_AIM,
	WITHIN_TARGET_AIM_SOURCE,
	type MonthlyListPoint
} from '$lib/kpis/larcSpcSeries';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import {
	discloseDerived,
	drawableCount,
	isSuppressedCount,
	SUPPRESSED
} from '$lib/stats/disclosure';
import { spcReading, type SpcResult } from '$lib/stats/spc';
import { POINT_STYLES } from '$lib/components/charts/spc/spcPresentation';
import { larcSpcDownload, shareCounts, shareWithinTarget } from './larcSpcDownload';

export interface LarcSpcCardInput {
	rows: readonly WaitingListRow[];
	reason: LarcReason;
	areaLabel: string;
	/** The months charted: those in which the extract is complete. */
	period: Period;
	targetWeeks: number;
}

export interface SpcChartModel {
	key: 'list' | 'share';
	heading: string;
	label: string;
	yLabel: string;
	/** How the read-out words a value. */
	format: 'count' | 'percent';
	/** Null when a month's figure is withheld: `withheld` then says why there is no chart. */
	result: SpcResult | null;
	withheld: string | null;
}

export interface SpcTableRowModel {
	key: string;
	month: string;
	waiting: string;
	listPoint: string;
	share: string;
	sharePoint: string;
}

export interface LarcSpcCardModel {
	id: 'larc-spc';
	title: string;
	kind: 'synthetic';
	summary: string;
	/** Empty with too few months for SPC: the summary then says so. */
	charts: SpcChartModel[];
	caption: string;
	targetWeeks: number;
	rows: SpcTableRowModel[];
	/** e.g. "92% (the RTT incomplete-pathway standard, used by analogy …)". */
	aim: string;
	downloads: Download[];
}

/** The list as a chart may draw it: every count as published, or null if any is withheld. */
function drawableList(list: SpcResult): SpcResult | null {
	const values = list.points.map((p) => drawableCount(p.value));
	if (values.some((v) => v === null)) return null;
	return { ...list, points: list.points.map((p, i) => ({ ...p, value: values[i]! })) };
}

const withheldMonths = (what: string) =>
	`The chart is not drawn: in some months ${what} 1 to 7 women, and figures that small are withheld. ` +
	`The table gives each month's SPC point.`;

function chartsOf(
	points: readonly MonthlyListPoint[],
	spc: NonNullable<ReturnType<typeof larcSpc>>,
	input: LarcSpcCardInput
): SpcChartModel[] {
	const { reason, areaLabel, targetWeeks } = input;
	const list = drawableList(spc.list);
	const charts: SpcChartModel[] = [
		{
			key: 'list',
			heading: `Women waiting (${reason})`,
			label: `SPC chart of women waiting for a LARC fit for ${reason} reasons, ${areaLabel}`,
			yLabel: 'Women waiting',
			format: 'count',
			result: list,
			withheld: list ? null : withheldMonths('the list held')
		}
	];
	if (spc.withinTarget) {
		const shown = !points.some((p) => shareCounts(p).some(isSuppressedCount));
		charts.push({
			key: 'share',
			heading: `Share waiting under ${targetWeeks} weeks`,
			label: `SPC chart of the share of the ${reason} LARC list waiting under ${targetWeeks} weeks, ${areaLabel}`,
			yLabel: 'Share within target',
			format: 'percent',
			result: shown ? spc.withinTarget : null,
			withheld: shown ? null : withheldMonths('the list or the women within target were')
		});
	}
	return charts;
}

export function larcSpcCardModel(input: LarcSpcCardInput): LarcSpcCardModel {
	const { rows, reason, areaLabel, period, targetWeeks } = input;
	const points = monthlyList(rows, reason);
	const spc = larcSpc(points);
	const summary = spc
		? `Waiting list for ${reason} reasons in ${areaLabel}: ${spcReading(spc.list).variation}.` +
			(spc.withinTarget
				? ` Share within ${targetWeeks} weeks: ${spcReading(spc.withinTarget).variation}.`
				: '')
		: `There are only ${points.length} months in the period: SPC needs at least ${MIN_SPC_POINTS}, so no limits are drawn.`;
	const pointLabel = (result: SpcResult | null | undefined, i: number) =>
		result ? POINT_STYLES[result.points[i].pointType].label : '–';
	return {
		id: 'larc-spc',
		title: `Is the ${reason} LARC backlog changing? (statistical process control)`,
		kind: 'synthetic',
		summary,
		charts: spc ? chartsOf(points, spc, input) : [],
		caption: `Monthly ${reason} LARC waiting list and share within ${targetWeeks} weeks, ${areaLabel}`,
		targetWeeks,
		rows: points.map((p, i) => {
			const share = shareWithinTarget(p);
			const shown = discloseDerived(share, shareCounts(p));
			return {
				key: p.month_end,
				month: formatShortMonth(p.month_end),
				waiting: formatSuppressedCount(p.waiting),
				listPoint: pointLabel(spc?.list, i),
				share: shown !== null ? formatPercent1dp(shown) : share === null ? '–' : SUPPRESSED,
				sharePoint: pointLabel(spc?.withinTarget, i)
			};
		}),
		aim: `${formatTargetPercent(WITHIN_TARGET_AIM)} (${WITHIN_TARGET_AIM_SOURCE})`,
		downloads: [larcSpcDownload({ points, spc, reason, areaLabel, period, targetWeeks })]
	};
}
