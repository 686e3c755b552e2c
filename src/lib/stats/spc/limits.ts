/**
 * XmR (individuals) chart limits as NHS England's "Making Data Count" (MDC) and
 * NHSRplotthedots R/ptd_spc_standard.R compute them, for one rebase group.
 */
import type { Sign } from './types';

/** 3σ process limits: mean ± 2.66·AMR (ptd_spc_standard.R `limit <- 2.66`). */
export const PROCESS_LIMIT_FACTOR = 2.66;
/** "Near" (2σ) limits: mean ± (2·2.66/3)·AMR (ptd_spc_standard.R `limitclose`). */
export const NEAR_LIMIT_FACTOR = 2 * (PROCESS_LIMIT_FACTOR / 3);
/** Moving ranges at or above 3.267·AMR are screened out: ptd_spc_standard.R. */
export const MOVING_RANGE_SCREEN_FACTOR = 3.267;

export interface XmrLimits {
	mean: number;
	/** Average moving range after any screening. */
	amr: number;
	lpl: number;
	upl: number;
	nlpl: number;
	nupl: number;
}

export interface XmrLimitOptions {
	/**
	 * Screen moving ranges ≥ 3.267·AMR before averaging. On by default as in NHSRplotthedots;
	 * set false to reproduce the MDC Excel tool (vignettes/deviations.Rmd).
	 */
	screenOutliers?: boolean;
	/** Base the limits on the first n points only (NHSRplotthedots `fix_after_n_points`). */
	fixAfterNPoints?: number | null;
}

function average(values: readonly number[]): number {
	let sum = 0;
	for (const v of values) sum += v;
	return sum / values.length;
}

/**
 * Mean, average moving range and process limits for one group of points. A group of one point
 * has no moving range, so its limits are NaN (R gives NaN too).
 */
export function xmrLimits(
	values: readonly number[],
	{ screenOutliers = true, fixAfterNPoints = null }: XmrLimitOptions = {}
): XmrLimits {
	if (values.length === 0) throw new RangeError('xmrLimits needs at least one value');
	if (fixAfterNPoints !== null && !(Number.isInteger(fixAfterNPoints) && fixAfterNPoints >= 1)) {
		throw new RangeError('fixAfterNPoints must be a whole number of points, 1 or more');
	}
	const fixed = fixAfterNPoints === null ? values : values.slice(0, fixAfterNPoints);
	const mean = average(fixed);
	const movingRanges = fixed.slice(1).map((y, i) => Math.abs(y - fixed[i]));
	let amr = average(movingRanges);
	// Strict "<" as in R. With AMR = 0 there is nothing to screen; R would drop every range and
	// return NaN limits for a flat series, so we keep AMR = 0 (limits collapse onto the mean).
	if (screenOutliers && amr > 0) {
		amr = average(movingRanges.filter((mr) => mr < MOVING_RANGE_SCREEN_FACTOR * amr));
	}
	return {
		mean,
		amr,
		lpl: mean - PROCESS_LIMIT_FACTOR * amr,
		upl: mean + PROCESS_LIMIT_FACTOR * amr,
		nlpl: mean - NEAR_LIMIT_FACTOR * amr,
		nupl: mean + NEAR_LIMIT_FACTOR * amr
	};
}

export interface PointFlags {
	/** Strictly beyond a process limit. */
	outsideLimits: boolean[];
	/** sign(y − mean); a point on the mean is 0. */
	relativeToMean: Sign[];
	/** Beyond a near (2σ) limit but inside the process limits. */
	closeToLimits: boolean[];
}

/** Per-point flags against one group's limits (ptd_spc_standard.R). */
export function pointFlags(values: readonly number[], limits: XmrLimits): PointFlags {
	const outsideLimits = values.map((y) => y > limits.upl || y < limits.lpl);
	return {
		outsideLimits,
		relativeToMean: values.map((y) => Math.sign(y - limits.mean) as Sign),
		closeToLimits: values.map((y, i) => !outsideLimits[i] && (y < limits.nlpl || y > limits.nupl))
	};
}
