/**
 * The queue maths for one locality and reason, from the observed flows (NHSRwaitinglist calc_*
 * formulas, in weeks): is demand above capacity, is the list bigger than it needs to be for the
 * target, and what capacity would bring it back in time. Capacity is every exit from the list
 * (fits and removals without a fit), as in NHSRwaitinglist.
 */
import {
	queueLoad,
	reliefCapacity,
	targetCapacity,
	targetQueueSize,
	waitingListPressure
} from '$lib/stats/waitingList';

export interface QueueInputs {
	demandPerWeek: number;
	/** Fits and removals without a fit a week: every exit from the list. */
	capacityPerWeek: number;
	queueSize: number;
	meanWaitWeeks: number | null;
	targetWaitWeeks: number;
	/** Target wait ÷ target mean wait, from the within-target aim (meanWaitFactor). */
	factor: number;
	weeksToClear: number;
}

export interface QueueMaths {
	/** Demand ÷ capacity; 1 or more means the list can only grow. Null with no capacity seen. */
	load: number | null;
	/** Little's law queue size at which the aim's share of women wait under the target. */
	targetQueue: number;
	/** NHSRwaitinglist: relief capacity is needed when the queue is over twice its target. */
	reliefNeeded: boolean;
	/** Fits and removals a week that bring the list to its target size by the chosen date. */
	reliefCapacity: number | null;
	/** Extra fits and removals a week above the current ones to do that (0 if none). */
	extraPerWeek: number | null;
	/** Fits and removals a week to hold the target once the list is at its target size (Kingman). */
	targetCapacity: number;
	/** 2 × mean wait ÷ target; above 1 the target is likely to be missed. */
	pressure: number | null;
}

export function queueMaths(inputs: QueueInputs): QueueMaths {
	const {
		demandPerWeek,
		capacityPerWeek,
		queueSize,
		meanWaitWeeks,
		targetWaitWeeks,
		factor,
		weeksToClear
	} = inputs;
	const targetQueue = targetQueueSize(demandPerWeek, targetWaitWeeks, factor);
	const reliefNeeded = queueSize > 2 * targetQueue;
	const relief =
		weeksToClear > 0 ? reliefCapacity(demandPerWeek, queueSize, targetQueue, weeksToClear) : null;
	return {
		load: capacityPerWeek > 0 ? queueLoad(demandPerWeek, capacityPerWeek) : null,
		targetQueue,
		reliefNeeded,
		reliefCapacity: relief,
		extraPerWeek: relief === null ? null : Math.max(0, relief - capacityPerWeek),
		targetCapacity: targetCapacity(demandPerWeek, targetWaitWeeks, factor),
		pressure: meanWaitWeeks === null ? null : waitingListPressure(meanWaitWeeks, targetWaitWeeks)
	};
}
