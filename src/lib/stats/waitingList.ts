/**
 * Waiting-list queue maths from NHSRwaitinglist R/calc_*.R (after Fong et al.), in weeks
 * throughout: demand and capacity per week, waits and targets in weeks.
 */

function assertPositive(values: Record<string, number>): void {
	for (const [name, value] of Object.entries(values)) {
		if (!(value > 0 && Number.isFinite(value)))
			throw new RangeError(`${name} must be a positive number`);
	}
}

function assertNonNegative(values: Record<string, number>): void {
	for (const [name, value] of Object.entries(values)) {
		if (!(value >= 0 && Number.isFinite(value)))
			throw new RangeError(`${name} must be zero or more`);
	}
}

/** Queue load = demand / capacity; 1 or more means the queue will keep growing. */
export function queueLoad(demandPerWeek: number, capacityPerWeek: number): number {
	assertNonNegative({ demandPerWeek });
	assertPositive({ capacityPerWeek });
	return demandPerWeek / capacityPerWeek;
}

/**
 * The factor that turns an aim ("this share of patients seen within the target wait") into a target
 * mean wait: −ln(1 − aim). NHSRwaitinglist assumes waits are roughly exponential (Fong et al.), so
 * P(wait > target) = exp(−target / mean wait) = exp(−factor). Its calc_target_mean_wait
 * documentation ties factors 4–6 to a 1.8 %–0.2 % chance of breaching (exp(−4) = 1.83 %,
 * exp(−6) = 0.25 %), and wl_stats documents the factor-4 target queue as "approximately 98.2 %"
 * within target (1 − exp(−4) = 98.17 %) (R/calc_target_mean_wait.R, R/wl_stats.R at the commit in
 * tests/reference-vectors/waitinglist_queueing.json). An aim of 92 % gives −ln(0.08) ≈ 2.53.
 */
export function meanWaitFactor(withinTargetAim: number): number {
	if (!(withinTargetAim > 0 && withinTargetAim < 1))
		throw new RangeError('withinTargetAim must be between 0 and 1');
	return -Math.log(1 - withinTargetAim);
}

/**
 * Mean wait needed to meet a target: target / factor. A factor of 4–6 gives roughly a 1.8 %–0.2 %
 * chance of a patient breaching the target (calc_target_mean_wait roxygen); see meanWaitFactor.
 * The default of 4 is the package's, kept so the reference vectors apply unchanged.
 */
export function targetMeanWait(targetWaitWeeks: number, factor = 4): number {
	assertPositive({ targetWaitWeeks, factor });
	return targetWaitWeeks / factor;
}

/** Little's law: the queue size that gives the target mean wait = demand · target / factor. */
export function targetQueueSize(
	demandPerWeek: number,
	targetWaitWeeks: number,
	factor = 4
): number {
	assertNonNegative({ demandPerWeek });
	return demandPerWeek * targetMeanWait(targetWaitWeeks, factor);
}

/**
 * Weekly capacity to bring the queue down to its target size in `weeksToTarget` weeks:
 * demand + (queue − target queue) / weeks. Needed when the queue is over twice its target. With a
 * referral count and demand CV, demand is first raised by two standard errors (calc_relief_capacity).
 */
export function reliefCapacity(
	demandPerWeek: number,
	queueSize: number,
	targetQueue: number,
	weeksToTarget = 26,
	{ numReferrals = 0, cvDemand = 0 }: { numReferrals?: number; cvDemand?: number } = {}
): number {
	assertNonNegative({ demandPerWeek, queueSize, targetQueue, numReferrals, cvDemand });
	assertPositive({ weeksToTarget });
	let demand = demandPerWeek;
	if (numReferrals > 0) {
		const inflation = (2 * demand * cvDemand) / Math.sqrt(numReferrals);
		if (inflation < 1) demand /= 1 - inflation;
	}
	return demand + (queueSize - targetQueue) / weeksToTarget;
}

/**
 * Weekly capacity to hold a stable queue at the target mean wait (Kingman/Marchal heavy-traffic
 * approximation): demand + ((cv_d² + cv_c²)/2)·(factor / target).
 */
export function targetCapacity(
	demandPerWeek: number,
	targetWaitWeeks: number,
	factor = 4,
	cvDemand = 1,
	cvCapacity = 1
): number {
	assertNonNegative({ demandPerWeek, cvDemand, cvCapacity });
	assertPositive({ targetWaitWeeks, factor });
	return demandPerWeek + ((cvDemand ** 2 + cvCapacity ** 2) / 2) * (factor / targetWaitWeeks);
}

/** Waiting-list pressure = 2 · mean wait / target; above 1 the target is likely to be missed. */
export function waitingListPressure(meanWaitWeeks: number, targetWaitWeeks: number): number {
	assertNonNegative({ meanWaitWeeks });
	assertPositive({ targetWaitWeeks });
	return (2 * meanWaitWeeks) / targetWaitWeeks;
}
