/**
 * Everything the queue maths card shows, from the flows and waits rows: the summary sentence, the
 * aim, the load bars, the table rows, the explanations and the download. QueueCard.svelte draws
 * this model and nothing else.
 *
 * Disclosure: each weekly figure is a count over the 13-week window divided by 13, and the load,
 * target list, relief and extra capacity come from those counts and the list size; each figure is
 * withheld ("*") wherever a count it comes from is 1–7, on screen and in the download.
 */
import { format } from 'd3-format';
import type { LarcReason } from '$lib/data/datasets';
import { FLOW_WINDOW_WEEKS, type FlowsRow } from '$lib/queries/larcFlows';
import type { WaitsRow } from '$lib/queries/larcWaits';
import { WITHIN_TARGET_AIM, WITHIN_TARGET_AIM_SOURCE } from '$lib/kpis/larcSpcSeries';
import { formatMonth, formatSuppressedCount, formatTargetPercent } from '$lib/format/numbers';
import type { Download } from '$lib/csv/download';
import { discloseDerived, isSuppressedCount } from '$lib/stats/disclosure';
import type { BarModel } from './bars';
import { compute, FROM, MEAN_WAIT_FACTOR, shown, type Computed } from './queueFigures';
import { queueDownload } from './queueDownload';

export { MEAN_WAIT_FACTOR };

export interface QueueCardInput {
	flows: readonly FlowsRow[];
	waits: readonly WaitsRow[];
	reason: LarcReason;
	/** The area chosen (ICB, locality or PCN), named in the chart's label. */
	areaLabel: string;
	/** Target wait in weeks, by reason. */
	targets: Record<LarcReason, number>;
	asAt: string;
	clearBy: string;
	weeksToClear: number;
}

/** One table row, every figure formatted as shown. */
export interface QueueCardRow {
	key: string;
	area: string;
	reason: LarcReason;
	requestsPerWeek: string;
	fitsAndRemovalsPerWeek: string;
	load: string;
	onList: string;
	targetListSize: string;
	reliefNeeded: 'Yes' | 'No';
	extraPerWeek: string;
	pressure: string;
}

export interface QueueCardModel {
	id: 'queue';
	title: string;
	kind: 'synthetic';
	summary: string;
	/** The aim, shown on the card. */
	aim: string;
	chartHeading: string;
	chartLabel: string;
	bars: BarModel[];
	explanations: { term: string; definition: string }[];
	tableCaption: string;
	rows: QueueCardRow[];
	about: string;
	/** The table's download. */
	downloads: Download[];
}

const perWeek = format(',.1f');
const ratio = format('.2f');
const whole = format(',.0f');
const factorText = ratio(MEAN_WAIT_FACTOR);
const aimText = formatTargetPercent(WITHIN_TARGET_AIM);

function reliefSentence({ flow, maths }: Computed, clearBy: string): string {
	if (flow.queue_size <= maths.targetQueue)
		return 'The list is within its target size, so no relief capacity is needed.';
	const by = formatMonth(clearBy);
	if (maths.reliefNeeded)
		return maths.extraPerWeek === null
			? 'Relief capacity is needed: the list is over twice its target size.'
			: `Relief capacity is needed (the list is over twice its target size): about ${perWeek(maths.extraPerWeek)} extra fits and removals a week would bring it to its target size by ${by}.`;
	const start = 'No relief capacity is needed (the list is within twice its target size)';
	if (maths.extraPerWeek === null) return `${start}.`;
	return maths.extraPerWeek > 0
		? `${start}; about ${perWeek(maths.extraPerWeek)} extra fits and removals a week would bring it to its target size by ${by}.`
		: `${start}; the fits and removals now being done would bring it to its target size by ${by}.`;
}

function summarise(headline: Computed | undefined, input: QueueCardInput): string {
	if (!headline) return `No LARC activity for ${input.reason} reasons in this selection.`;
	const { flow, maths, targetWeeks } = headline;
	const start = `${flow.locality}, ${input.reason} reasons, last ${FLOW_WINDOW_WEEKS} weeks to ${formatMonth(input.asAt)}: `;
	if (FROM.extra(headline).some(isSuppressedCount))
		return (
			start +
			'the requests, the fits and removals or the women on the list number 1 to 7, ' +
			'too few to show the queue maths.'
		);
	const flows =
		start +
		`about ${perWeek(flow.demand_per_week)} requests and ${perWeek(flow.fits_and_removals_per_week)} fits and removals a week`;
	const load =
		maths.load === null
			? ' (no fits or removals, so the list can only grow).'
			: ` (load ${ratio(maths.load)}${maths.load >= 1 ? ': the list will keep growing' : ''}).`;
	const list =
		` ${formatSuppressedCount(flow.queue_size)} on the list against a target size of ${whole(maths.targetQueue)}, ` +
		`the list at which about ${aimText} of women would be seen within ${targetWeeks} weeks. `;
	return flows + load + list + reliefSentence(headline, input.clearBy);
}

export function queueCardModel(input: QueueCardInput): QueueCardModel {
	const computed = compute(input);
	const chosen = computed.filter((c) => c.flow.reason === input.reason);
	const headline = chosen.find((c) => c.flow.is_total);
	const window = `last ${FLOW_WINDOW_WEEKS} weeks to ${formatMonth(input.asAt)}`;
	const by = formatMonth(input.clearBy);
	const tableCaption = `Queue maths by area and reason, ${input.areaLabel}, ${window}`;
	return {
		id: 'queue',
		title: `What capacity would clear the ${input.reason} backlog? (queue maths)`,
		kind: 'synthetic',
		summary: summarise(headline, input),
		aim: `Aim: ${aimText} of women seen within the target wait (${input.targets[input.reason]} weeks for ${input.reason} reasons), ${WITHIN_TARGET_AIM_SOURCE}.`,
		chartHeading: `Load (requests ÷ fits and removals), ${input.reason} reasons, ${window}`,
		chartLabel: `Bar chart: queue load by area for ${input.reason} LARC, ${input.areaLabel}`,
		bars: chosen.flatMap((c) => {
			const { flow, maths } = c;
			const load = discloseDerived(maths.load, FROM.load(c));
			return load === null
				? []
				: [
						{
							key: flow.locality,
							label: flow.locality,
							value: load,
							valueText: `${ratio(load)}${maths.reliefNeeded ? ' (relief needed)' : ''}`,
							emphasis: maths.reliefNeeded
						}
					];
		}),
		explanations: [
			{
				term: 'Load',
				definition:
					'Requests a week ÷ fits and removals a week (every way of leaving the list: a fit, or removal without a fit). At 1 or more the list can only grow.'
			},
			{
				term: 'Target list size',
				definition:
					`Little's law: requests a week × target wait ÷ ${factorText}, the list at which about ${aimText} of women are seen within the target wait. ` +
					`The factor is −ln(1 − ${WITHIN_TARGET_AIM}) = ${factorText}: NHSRwaitinglist takes waits as roughly exponential, so a mean wait of target ÷ factor leaves exp(−factor) of women waiting longer than the target.`
			},
			{
				term: 'Relief capacity',
				definition: `Fits and removals a week that bring the list down to its target size by ${by}: requests a week + excess ÷ ${whole(input.weeksToClear)} weeks. NHSRwaitinglist calls for it when the list is over twice its target size.`
			},
			{
				term: 'Extra fits and removals a week',
				definition: 'Relief capacity minus the fits and removals now being done (0 if enough).'
			},
			{
				term: 'Pressure',
				definition: '2 × mean wait so far ÷ target wait. Above 1 the target is likely to be missed.'
			}
		],
		tableCaption,
		rows: computed.map((c) => {
			const { flow, maths } = c;
			return {
				key: `${flow.locality}|${flow.reason}`,
				area: flow.locality,
				reason: flow.reason,
				requestsPerWeek: shown(c, flow.demand_per_week, FROM.requests, perWeek),
				fitsAndRemovalsPerWeek: shown(
					c,
					flow.fits_and_removals_per_week,
					FROM.fitsAndRemovals,
					perWeek
				),
				load: shown(c, maths.load, FROM.load, ratio),
				onList: formatSuppressedCount(flow.queue_size),
				targetListSize: shown(c, maths.targetQueue, FROM.requests, whole),
				reliefNeeded: maths.reliefNeeded ? 'Yes' : 'No',
				extraPerWeek: shown(c, maths.extraPerWeek, FROM.extra, perWeek),
				pressure: shown(c, maths.pressure, FROM.pressure, ratio)
			};
		}),
		about:
			`Formulas from NHS-R's NHSRwaitinglist package (Fong et al.), in weeks: queue load, target queue size (Little's law, with the factor ${factorText} that the ${aimText} aim gives), ` +
			`relief capacity over the weeks to the chosen date, target capacity and waiting-list pressure. Demand and capacity are averages over the last ${FLOW_WINDOW_WEEKS} weeks; ` +
			'capacity counts every exit from the list, fits and removals without a fit, as the package does. ' +
			'A figure is shown as * where a count it comes from (requests, fits, removals or women on the list) is 1 to 7.',
		downloads: [queueDownload(computed, input, tableCaption)]
	};
}
