/**
 * PowerBI-SPC conventions (AUS-DOH-Safety-and-Quality/PowerBI-SPC), for comparing our charts with
 * that visual. They differ from MDC: σ = AMR/1.128 (3σ = 2.6596·AMR, not 2.66·AMR) and two-of-three
 * counts any point beyond 2σ, including beyond 3σ. Its shift and trend rules are MDC's with other
 * lengths: use shiftEnds / trendEnds / partOfRun from ./rules with `length`.
 */
import { MOVING_RANGE_SCREEN_FACTOR } from './limits';

/** d2 for subgroups of 2: src/Limit Calculations/i.ts. */
const D2 = 1.128;

export interface IChartLimits {
	values: number[];
	centreline: number;
	sigma: number;
	ll99: number;
	ll95: number;
	ul95: number;
	ul99: number;
}

/**
 * I-chart limits, optionally on ratios numerator/denominator (src/Limit Calculations/i.ts).
 * `outliersInLimits` false (the visual's default) screens moving ranges ≥ 3.267·AMR.
 */
export function iChartLimits(
	numerators: readonly number[],
	denominators?: readonly number[],
	{ outliersInLimits = false }: { outliersInLimits?: boolean } = {}
): IChartLimits {
	if (numerators.length < 2) throw new RangeError('an I chart needs at least two points');
	if (denominators && denominators.length !== numerators.length) {
		throw new RangeError('numerators and denominators differ in length');
	}
	const values = numerators.map((x, i) => (denominators ? x / denominators[i] : x));
	const centreline = values.reduce((a, b) => a + b, 0) / values.length;
	const ranges = values.slice(1).map((v, i) => Math.abs(v - values[i]));
	let amr = ranges.reduce((a, b) => a + b, 0) / ranges.length;
	if (!outliersInLimits) {
		const kept = ranges.filter((r) => r < MOVING_RANGE_SCREEN_FACTOR * amr);
		amr = kept.reduce((a, b) => a + b, 0) / kept.length;
	}
	const sigma = amr / D2;
	return {
		values,
		centreline,
		sigma,
		ll99: centreline - 3 * sigma,
		ll95: centreline - 2 * sigma,
		ul95: centreline + 2 * sigma,
		ul99: centreline + 3 * sigma
	};
}

export type PowerBiFlag = 'upper' | 'lower' | 'none';

/**
 * PowerBI-SPC two-in-three (src/Outlier Flagging/twoInThree.ts): two of three consecutive points
 * beyond the same 95 % limit. Only the points beyond the limit are flagged unless
 * `highlightSeries` is set.
 */
export function twoInThreeBeyondWarningLimits(
	values: readonly number[],
	ll95: readonly number[],
	ul95: readonly number[],
	highlightSeries = false
): PowerBiFlag[] {
	const beyond: number[] = values.map((v, i) => (v > ul95[i] ? 1 : v < ll95[i] ? -1 : 0));
	const flags: PowerBiFlag[] = values.map(() => 'none');
	beyond.forEach((_, i) => {
		const sum = beyond.slice(Math.max(0, i - 2), i + 1).reduce((a, b) => a + b, 0);
		if (Math.abs(sum) < 2) return;
		const flag: PowerBiFlag = sum > 0 ? 'upper' : 'lower';
		for (let j = Math.max(0, i - 2); j <= i; j++) {
			if (beyond[j] !== 0 || highlightSeries) flags[j] = flag;
		}
	});
	return flags;
}

/**
 * PowerBI-SPC's backfill of shift and trend flags: each point takes the direction of the latest
 * run end (from shiftEnds × side, or trendEnds) whose run of `length` points covers it.
 */
export function runFlags(signedRunEnds: readonly number[], length: number): PowerBiFlag[] {
	return signedRunEnds.map((_, j) => {
		let direction = 0;
		for (let e = j; e < Math.min(signedRunEnds.length, j + length); e++) {
			if (signedRunEnds[e] !== 0) direction = signedRunEnds[e];
		}
		return direction > 0 ? 'upper' : direction < 0 ? 'lower' : 'none';
	});
}
