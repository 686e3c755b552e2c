/**
 * Summary statistics of a patient-level waiting list, after NHSRwaitinglist R/wl_*.R, but in
 * weeks throughout: R's wl_stats measures the mean wait in days and divides it by a target in
 * weeks, which we do not copy.
 */
import {
	queueLoad,
	reliefCapacity,
	targetCapacity,
	targetQueueSize,
	waitingListPressure
} from './waitingList';

export interface WaitingListEntry {
	/** ISO date (YYYY-MM-DD) of referral. */
	referral: string;
	/** ISO date of removal, or null if still waiting. */
	removal: string | null;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function sampleSd(xs: readonly number[]): number {
	const m = mean(xs);
	return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

interface Window {
	start: number;
	end: number;
}

/** The window defaults to the first to the last referral, as in R. */
function window(list: readonly WaitingListEntry[], startDate?: string, endDate?: string): Window {
	if (list.length === 0) throw new RangeError('the waiting list is empty');
	const referrals = list.map((e) => dayNumber(e.referral));
	const start = startDate ? dayNumber(startDate) : Math.min(...referrals);
	const end = endDate ? dayNumber(endDate) : Math.max(...referrals);
	if (end < start) throw new RangeError('the end date is before the start date');
	return { start, end };
}

/**
 * Patients on the list at the end of each day (wl_queue_size): referrals so far minus removals
 * in the window. Unlike R, patients removed before the window are not counted as waiting.
 */
export function queueSizeByDay(
	list: readonly WaitingListEntry[],
	startDate?: string,
	endDate?: string
) {
	const { start, end } = window(list, startDate, endDate);
	const entries = list
		.map((e) => ({
			referral: dayNumber(e.referral),
			removal: e.removal === null ? null : dayNumber(e.removal)
		}))
		.filter((e) => e.removal === null || e.removal >= start);
	const days: { date: string; queueSize: number }[] = [];
	for (let day = start; day <= end; day++) {
		const waiting = entries.filter(
			(e) => e.referral <= day && (e.removal === null || e.removal > day)
		);
		days.push({ date: isoDate(day), queueSize: waiting.length });
	}
	return days;
}

/** Demand from inter-arrival times, padded with the window's start and end (wl_referral_stats). */
export function referralStats(
	list: readonly WaitingListEntry[],
	startDate?: string,
	endDate?: string
) {
	const { start, end } = window(list, startDate, endDate);
	const arrivals = list
		.map((e) => dayNumber(e.referral))
		.filter((d) => d >= start && d <= end)
		.sort((a, b) => a - b);
	const padded = [start, ...arrivals, end];
	const gaps = padded.slice(1).map((d, i) => d - padded[i]);
	const meanGap = mean(gaps);
	return {
		demandWeekly: 7 / meanGap,
		demandDaily: 1 / meanGap,
		/** Coefficient of variation of inter-arrival times; null with a single interval. */
		demandCv: gaps.length > 1 ? sampleSd(gaps) / meanGap : null,
		demandCount: gaps.length
	};
}

/**
 * Capacity from the times between removals, restarting the clock when the queue was empty
 * (wl_removal_stats).
 */
export function removalStats(
	list: readonly WaitingListEntry[],
	startDate?: string,
	endDate?: string
) {
	const { start } = window(list, startDate, endDate);
	const removals = list.flatMap((e) => (e.removal === null ? [] : [dayNumber(e.removal)]));
	if (removals.length === 0) throw new RangeError('there are no removals to measure capacity');
	// R takes empty-queue days over the default window (first to last referral).
	const emptyDays = queueSizeByDay(list)
		.filter((d) => d.queueSize === 0)
		.map((d) => dayNumber(d.date));
	// Same-day empty queues sort before removals (R: order by date, then FALSE before TRUE).
	const events = [
		...emptyDays.map((day) => ({ day, removal: false })),
		...removals.map((day) => ({ day, removal: true }))
	].sort((a, b) => a.day - b.day || Number(a.removal) - Number(b.removal));
	const gaps = events.flatMap((e, i) =>
		e.removal ? [e.day - (i === 0 ? start : events[i - 1].day)] : []
	);
	const meanGap = mean(gaps);
	return {
		capacityWeekly: 7 / meanGap,
		capacityDaily: 1 / meanGap,
		capacityCv: gaps.length <= 1 ? 0 : sampleSd(gaps) / meanGap,
		removalCount: gaps.length
	};
}

export interface WaitingListStats {
	/** Referrals per week. */
	meanDemand: number;
	/** Removals per week. */
	meanCapacity: number;
	load: number;
	loadTooBig: boolean;
	countDemand: number;
	queueSize: number;
	targetQueueSize: number;
	queueTooBig: boolean;
	/** Mean wait, in weeks, of patients still waiting at the end date. */
	meanWait: number;
	cvArrival: number | null;
	cvRemoval: number;
	/** Reported only when the queue is not too big. */
	targetCapacity: number | null;
	/** Reported only when the queue is over twice its target (26 weeks to clear). */
	reliefCapacity: number | null;
	pressure: number;
}

/** Whole-list summary (wl_stats), in weeks. */
export function waitingListStats(
	list: readonly WaitingListEntry[],
	{
		targetWaitWeeks = 4,
		startDate,
		endDate
	}: { targetWaitWeeks?: number; startDate?: string; endDate?: string } = {}
): WaitingListStats {
	const { end } = window(list, startDate, endDate);
	const referrals = referralStats(list, startDate, endDate);
	const removals = removalStats(list, startDate, endDate);
	const queue = queueSizeByDay(list, startDate, endDate);
	const load = queueLoad(referrals.demandWeekly, removals.capacityWeekly);
	const queueSize = queue[queue.length - 1].queueSize;
	const targetQueue = targetQueueSize(referrals.demandWeekly, targetWaitWeeks);
	const queueTooBig = queueSize > 2 * targetQueue;
	const waitsInWeeks = list
		.map((e) => ({
			referral: dayNumber(e.referral),
			removal: e.removal === null ? null : dayNumber(e.removal)
		}))
		.filter((e) => e.referral <= end && (e.removal === null || e.removal > end))
		.map((e) => (end - e.referral) / 7);
	const meanWait = waitsInWeeks.length > 0 ? mean(waitsInWeeks) : 0;
	const cvArrival = referrals.demandCv;
	return {
		meanDemand: referrals.demandWeekly,
		meanCapacity: removals.capacityWeekly,
		load,
		loadTooBig: load >= 1,
		countDemand: referrals.demandCount,
		queueSize,
		targetQueueSize: targetQueue,
		queueTooBig,
		meanWait,
		cvArrival,
		cvRemoval: removals.capacityCv,
		targetCapacity:
			queueTooBig || cvArrival === null
				? null
				: targetCapacity(
						referrals.demandWeekly,
						targetWaitWeeks,
						4,
						cvArrival,
						removals.capacityCv
					),
		reliefCapacity: queueTooBig
			? reliefCapacity(referrals.demandWeekly, queueSize, targetQueue)
			: null,
		pressure: waitingListPressure(meanWait, targetWaitWeeks)
	};
}
