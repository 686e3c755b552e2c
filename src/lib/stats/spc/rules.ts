/**
 * MDC special-cause rules, ported from NHSRplotthedots R/ptd_calculate_point_type.R.
 * Run lengths default to MDC's 7 but are parameters so other conventions (PowerBI-SPC's trend of
 * 5, say) can reuse the same logic.
 */
import type { Sign, SpecialCauseType } from './types';

export const MDC_RUN_LENGTH = 7;

type Flag = 0 | 1;

/** Values beyond either end of a vector count as 0, as R's zero padding does. */
const at = (v: readonly number[], i: number): number => v[i] ?? 0;

/**
 * Shift ends (R ptd_seven_point_one_side_mean): 1 where this point and the previous
 * length − 1 are all on the same side of the mean. A point on the mean breaks the run.
 */
export function shiftEnds(relativeToMean: readonly number[], length = MDC_RUN_LENGTH): Flag[] {
	return relativeToMean.map((side, i) => {
		if (side === 0) return 0;
		for (let k = 1; k < length; k++) if (at(relativeToMean, i - k) !== side) return 0;
		return 1;
	});
}

/**
 * Trend ends (R ptd_seven_point_trend): +1 / −1 where this point ends a run of `length`
 * strictly increasing / decreasing points. A tie breaks a trend.
 */
export function trendEnds(y: readonly number[], length = MDC_RUN_LENGTH): Sign[] {
	return y.map((_, i) => {
		if (i < length - 1) return 0;
		const steps = Array.from({ length: length - 1 }, (_, k) => Math.sign(y[i - k] - y[i - k - 1]));
		if (steps.every((s) => s === 1)) return 1;
		if (steps.every((s) => s === -1)) return -1;
		return 0;
	});
}

/**
 * Part of a run (R ptd_part_of_seven_trend): 1 where any of this point and the next
 * length − 1 ends a run, i.e. every point of each run is flagged.
 */
export function partOfRun(runEnds: readonly number[], length = MDC_RUN_LENGTH): Flag[] {
	return runEnds.map((_, i) => {
		for (let k = 0; k < length; k++) if (Math.abs(at(runEnds, i + k)) === 1) return 1;
		return 0;
	});
}

/**
 * Two of three (R ptd_two_in_three): 1 where a 3-point window containing this point has at
 * least two points close to a limit and all three on the same side of the mean.
 */
export function twoOfThreeWindows(
	closeToLimits: readonly number[],
	relativeToMean: readonly number[]
): Flag[] {
	const windowFires = (start: number) => {
		let close = 0;
		let side = 0;
		for (let k = start; k < start + 3; k++) {
			close += at(closeToLimits, k);
			side += at(relativeToMean, k);
		}
		return close >= 2 && Math.abs(side) === 3;
	};
	return closeToLimits.map((_, i) =>
		windowFires(i - 2) || windowFires(i - 1) || windowFires(i) ? 1 : 0
	);
}

/** Only the close-to-limit points of a firing window are flagged (R ptd_part_of_two_in_three). */
export function partOfTwoOfThree(
	windows: readonly number[],
	closeToLimits: readonly number[]
): Flag[] {
	return windows.map((w, i) => (w === 1 && Math.abs(closeToLimits[i]) === 1 ? 1 : 0));
}

export interface RuleParts {
	y: readonly number[];
	relativeToMean: readonly number[];
	outsideLimits: readonly number[];
	partOfTrend: readonly number[];
	partOfTwoOfThree: readonly number[];
	partOfShift: readonly number[];
}

/**
 * Label each point by the first rule that applies, in MDC precedence: outside the limits,
 * trend, two of three, shift, else common cause (R ptd_special_cause_type).
 */
export function classifySpecialCause(parts: RuleParts): SpecialCauseType[] {
	const { y, relativeToMean, outsideLimits, partOfTrend, partOfTwoOfThree, partOfShift } = parts;
	return y.map((_, i) => {
		const side = relativeToMean[i] > 0 ? 'Above' : 'Below';
		if (outsideLimits[i] !== 0) return relativeToMean[i] === 1 ? 'Above UCL' : 'Below LCL';
		if (partOfTrend[i] !== 0) {
			// Use the step to the next point if it is also in the trend, else the step in (R `sdy`).
			const nextInTrend = at(partOfTrend, i + 1) !== 0;
			const step = nextInTrend
				? Math.sign(y[i + 1] - y[i])
				: i > 0
					? Math.sign(y[i] - y[i - 1])
					: 0;
			return step === 1 ? '7 Point Trend (Increasing)' : '7 Point Trend (Decreasing)';
		}
		if (partOfTwoOfThree[i] !== 0) return side === 'Above' ? '2 in 3 Above CL' : '2 in 3 Below CL';
		if (partOfShift[i] !== 0) return side === 'Above' ? '7 Points Above CL' : '7 Points Below CL';
		return 'Common Cause';
	});
}

/** All MDC rules for one rebase group, from the values and their flags. */
export function specialCauseTypes(
	y: readonly number[],
	relativeToMean: readonly number[],
	closeToLimits: readonly boolean[],
	outsideLimits: readonly boolean[]
): SpecialCauseType[] {
	const close = closeToLimits.map(Number);
	return classifySpecialCause({
		y,
		relativeToMean,
		outsideLimits: outsideLimits.map(Number),
		partOfTrend: partOfRun(trendEnds(y)),
		partOfTwoOfThree: partOfTwoOfThree(twoOfThreeWindows(close, relativeToMean), close),
		partOfShift: partOfRun(shiftEnds(relativeToMean))
	});
}
