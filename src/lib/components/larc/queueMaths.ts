/**
 * The queue maths panel for one locality and reason, from the observed flows (NHSRwaitinglist
 * calc_* formulas, in weeks): is demand above capacity, is the list bigger than it needs to be
 * for the target, and what capacity would bring it back in time.
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
	capacityPerWeek: number;
	queueSize: number;
	meanWaitWeeks: number | null;
	targetWaitWeeks: number;
	weeksToClear: number;
}

export interface QueueMaths {
	/** Demand ÷ capacity; 1 or more means the list can only grow. Null with no capacity seen. */
	load: number | null;
	/** Little's law queue size that meets the target wait 98 % of the time (factor 4). */
	targetQueue: number;
	/** NHSRwaitinglist: relief capacity is needed when the queue is over twice its target. */
	reliefNeeded: boolean;
	/** Fits a week that clear the excess queue by the chosen date (demand + excess ÷ weeks). */
	reliefCapacity: number | null;
	/** Extra fits a week above the current capacity to do that. */
	extraFitsPerWeek: number | null;
	/** Fits a week to hold the target once the queue is at its target size (Kingman). */
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
		weeksToClear
	} = inputs;
	const targetQueue = targetQueueSize(demandPerWeek, targetWaitWeeks);
	const reliefNeeded = queueSize > 2 * targetQueue;
	const relief =
		weeksToClear > 0 ? reliefCapacity(demandPerWeek, queueSize, targetQueue, weeksToClear) : null;
	return {
		load: capacityPerWeek > 0 ? queueLoad(demandPerWeek, capacityPerWeek) : null,
		targetQueue,
		reliefNeeded,
		reliefCapacity: relief,
		extraFitsPerWeek: relief === null ? null : Math.max(0, relief - capacityPerWeek),
		targetCapacity: targetCapacity(demandPerWeek, targetWaitWeeks),
		pressure: meanWaitWeeks === null ? null : waitingListPressure(meanWaitWeeks, targetWaitWeeks)
	};
}
