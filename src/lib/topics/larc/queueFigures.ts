/**
 * The queue maths behind each row of the queue card, and the counts each figure comes from, so
 * the card, its table and its download withhold the same figures (any count 1–7 → "*").
 */
import type { FlowsRow } from '$lib/queries/larcFlows';
import type { WaitsRow } from '$lib/queries/larcWaits';
import { WITHIN_TARGET_AIM } from '$lib/kpis/larcSpcSeries';
import { meanWaitFactor } from '$lib/stats/waitingList';
import { discloseDerived, SUPPRESSED } from '$lib/stats/disclosure';
import { queueMaths, type QueueMaths } from './queueMaths';
import type { QueueCardInput } from './queueCard';

/** The factor the aim gives (−ln(1 − aim), NHSRwaitinglist's exponential waits): 2.53 for 92 %. */
export const MEAN_WAIT_FACTOR = meanWaitFactor(WITHIN_TARGET_AIM);

export interface Computed {
	flow: FlowsRow;
	targetWeeks: number;
	maths: QueueMaths;
}

/** The counts behind each figure of a row: a figure is withheld where any of them is 1–7. */
export const FROM = {
	requests: (c: Computed) => [c.flow.requests],
	// Fits and removals are shown beside their sum, so each would give the other back: both are
	// withheld when either is.
	fits: (c: Computed) => [c.flow.fits, c.flow.removals],
	removals: (c: Computed) => [c.flow.fits, c.flow.removals],
	fitsAndRemovals: (c: Computed) => [c.flow.fits_and_removals],
	load: (c: Computed) => [c.flow.requests, c.flow.fits_and_removals],
	relief: (c: Computed) => [c.flow.requests, c.flow.queue_size],
	extra: (c: Computed) => [c.flow.requests, c.flow.queue_size, c.flow.fits_and_removals],
	// The mean wait behind the pressure is that of the women on the list.
	pressure: (c: Computed) => [c.flow.queue_size]
} satisfies Record<string, (c: Computed) => number[]>;

/** A figure as the table shows it: "*" where withheld, "–" where there is none. */
export function shown(
	c: Computed,
	value: number | null,
	from: (c: Computed) => number[],
	f: (n: number) => string
): string {
	if (value === null) return '–';
	const disclosed = discloseDerived(value, from(c));
	return disclosed === null ? SUPPRESSED : f(disclosed);
}

function meanWaitOf(flow: FlowsRow, waits: readonly WaitsRow[]): number | null {
	const row = waits.find(
		(w) =>
			w.reason === flow.reason &&
			w.status === 'waiting' &&
			w.is_total === flow.is_total &&
			w.locality === flow.locality
	);
	return row?.mean_weeks ?? null;
}

export function compute(input: QueueCardInput): Computed[] {
	return input.flows.map((flow) => {
		const targetWeeks = input.targets[flow.reason];
		return {
			flow,
			targetWeeks,
			maths: queueMaths({
				demandPerWeek: flow.demand_per_week,
				capacityPerWeek: flow.fits_and_removals_per_week,
				queueSize: flow.queue_size,
				meanWaitWeeks: meanWaitOf(flow, input.waits),
				targetWaitWeeks: targetWeeks,
				factor: MEAN_WAIT_FACTOR,
				weeksToClear: input.weeksToClear
			})
		};
	});
}
