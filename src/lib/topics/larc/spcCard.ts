/**
 * Everything the LARC SPC card shows for one reason: the summary, the XmR charts of the list size
 * and of the share within target, the monthly table and the download. The charts draw counts as
 * published; a chart one of whose months would show a withheld figure (1–7) is not drawn, as SPC
 * needs every point. LarcSpcCard.svelte draws this model and nothing else.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import type { Intervention } from '$lib/data/interventions';
import type { Download } from '$lib/csv/download';
import { MIN_SPC_POINTS } from '$lib/facts';
import {
	formatCount,
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
import type { KpiId } from '$lib/kpis/kpiIds';
import { rebaseChange, type SpcMarker } from '$lib/kpis/spcInterventions';
import { POINT_STYLES } from '$lib/components/charts/spc/spcPresentation';
import { larcSpcDownload, shareCounts, shareWithinTarget } from './larcSpcDownload';
import { spcRebaseModel, type SpcRebaseModel } from './spcRebase';

export interface LarcSpcCardInput {
	rows: readonly WaitingListRow[];
	reason: LarcReason;
	areaLabel: string;
	/** The months charted: those in which the extract is complete. */
	period: Period;
	targetWeeks: number;
	/** Logged changes that apply to the area shown (any KPI): the card keeps those on its KPIs. */
	interventions?: readonly Intervention[];
	/** The intervention the user chose to rebase at (`rebase=` in the URL). */
	rebaseId?: string;
	/** The /larc query string for the page as it is, rebased at `id` (null: not rebased). */
	searchFor?: (id: string | null) => string;
}

/** The headline KPIs each reason's charts show: interventions touching them are marked. */
const CARD_KPIS: Record<LarcReason, readonly KpiId[]> = {
	gynaecological: ['gynae_larc_waiting', 'gynae_larc_within_target'],
	contraceptive: ['contraceptive_larc_waiting']
};

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
	/** What changed at the rebase, e.g. "After … the mean fell from 72 to 48"; null if not rebased. */
	change: string | null;
}

export interface SpcTableRowModel {
	key: string;
	month: string;
	waiting: string;
	listPoint: string;
	share: string;
	sharePoint: string;
	/** The changes logged since the previous month end, e.g. "1. Thurrock hub opened, 2 Sep 2024". */
	interventions: string;
}

export interface LarcSpcCardModel {
	id: 'larc-spc';
	title: string;
	kind: 'synthetic';
	summary: string;
	/** Empty with too few months for SPC: the summary then says so. */
	charts: SpcChartModel[];
	/** The logged changes marked on the charts, and the links that rebase at each. */
	markers: SpcMarker[];
	rebase: SpcRebaseModel;
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

const meanFormat = {
	count: (v: number) => formatCount(Math.round(v)),
	percent: formatPercent1dp
};

/** What changed at the rebase on a chart that is drawn; null when not rebased or withheld. */
function changeAt(result: SpcResult | null, marker: SpcMarker | null, format: 'count' | 'percent') {
	return result && marker ? rebaseChange(result, marker, meanFormat[format]) : null;
}

function chartsOf(
	points: readonly MonthlyListPoint[],
	spc: NonNullable<ReturnType<typeof larcSpc>>,
	input: LarcSpcCardInput,
	rebasedAt: SpcMarker | null
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
			withheld: list ? null : withheldMonths('the list held'),
			change: changeAt(list, rebasedAt, 'count')
		}
	];
	if (spc.withinTarget) {
		const shown = !points.some((p) => shareCounts(p).some(isSuppressedCount));
		const result = shown ? spc.withinTarget : null;
		charts.push({
			key: 'share',
			heading: `Share waiting under ${targetWeeks} weeks`,
			label: `SPC chart of the share of the ${reason} LARC list waiting under ${targetWeeks} weeks, ${areaLabel}`,
			yLabel: 'Share within target',
			format: 'percent',
			result,
			withheld: shown ? null : withheldMonths('the list or the women within target were'),
			change: changeAt(result, rebasedAt, 'percent')
		});
	}
	return charts;
}

function summarise(
	input: LarcSpcCardInput,
	points: readonly MonthlyListPoint[],
	spc: ReturnType<typeof larcSpc>,
	charts: readonly SpcChartModel[]
): string {
	if (!spc)
		return `There are only ${points.length} months in the period: SPC needs at least ${MIN_SPC_POINTS}, so no limits are drawn.`;
	const { reason, areaLabel, targetWeeks } = input;
	const change = (key: SpcChartModel['key']) => {
		const text = charts.find((c) => c.key === key)?.change;
		return text ? ` ${text}` : '';
	};
	return (
		`Waiting list for ${reason} reasons in ${areaLabel}: ${spcReading(spc.list).variation}.${change('list')}` +
		(spc.withinTarget
			? ` Share within ${targetWeeks} weeks: ${spcReading(spc.withinTarget).variation}.${change('share')}`
			: '')
	);
}

export function larcSpcCardModel(input: LarcSpcCardInput): LarcSpcCardModel {
	const { rows, reason, areaLabel, period, targetWeeks } = input;
	const points = monthlyList(rows, reason);
	const kpis = CARD_KPIS[reason];
	const rebase = spcRebaseModel({
		interventions: (input.interventions ?? []).filter((i) =>
			i.kpiIds.some((id) => kpis.includes(id))
		),
		pointDates: points.map((p) => p.month_end),
		rebaseId: input.rebaseId,
		searchFor: input.searchFor ?? (() => '')
	});
	const spc = larcSpc(points, rebase.chosen?.pointIndex);
	const charts = spc ? chartsOf(points, spc, input, rebase.chosen) : [];
	const pointLabel = (result: SpcResult | null | undefined, i: number) =>
		result ? POINT_STYLES[result.points[i].pointType].label : '–';
	return {
		id: 'larc-spc',
		title: `Is the ${reason} LARC backlog changing? (statistical process control)`,
		kind: 'synthetic',
		summary: summarise(input, points, spc, charts),
		charts,
		markers: rebase.markers,
		rebase,
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
				sharePoint: pointLabel(spc?.withinTarget, i),
				interventions: markersAt(rebase.markers, i)
			};
		}),
		aim: `${formatTargetPercent(WITHIN_TARGET_AIM)} (${WITHIN_TARGET_AIM_SOURCE})`,
		downloads: [
			larcSpcDownload({
				points,
				spc,
				reason,
				areaLabel,
				period,
				targetWeeks,
				interventionsAt: (i) => markersAt(rebase.markers, i) || null
			})
		]
	};
}

/** The changes first read at point i: those since the previous month end. */
function markersAt(markers: readonly SpcMarker[], i: number): string {
	return markers
		.filter((m) => m.pointIndex === i)
		.map((m) => `${m.number}. ${m.text}`)
		.join('; ');
}
