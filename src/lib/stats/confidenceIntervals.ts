/**
 * Confidence intervals for proportions and rates, as OHID/Fingertips publish them
 * (PHEindicatormethods R/utils.R, R/Proportions.R, R/Rates.R).
 *
 * Compute these from unrounded counts: disclosure control (./disclosure.ts) is for display only.
 */
import { confidenceProportion, qchisq, zForConfidence } from './distributions';

export interface Interval {
	lower: number | null;
	upper: number | null;
}

function assertCount(x: number, what: string): void {
	if (!(x >= 0)) throw new RangeError(`${what} must be greater than or equal to zero`);
}

function assertProportionInputs(x: number, n: number): void {
	assertCount(x, 'observed events');
	if (!(n > 0)) throw new RangeError('denominators must be greater than zero');
	if (x > n) throw new RangeError('numerator must be less than or equal to the denominator');
}

/** Wilson score lower limit for x of n (Wilson 1927; Newcombe & Altman 2000). */
export function wilsonLower(x: number, n: number, confidence = 0.95): number {
	assertProportionInputs(x, n);
	if (confidenceProportion(confidence) === 1) return 0;
	const z = zForConfidence(confidence);
	return (2 * x + z ** 2 - z * Math.sqrt(z ** 2 + 4 * x * (1 - x / n))) / 2 / (n + z ** 2);
}

/** Wilson score upper limit for x of n. */
export function wilsonUpper(x: number, n: number, confidence = 0.95): number {
	assertProportionInputs(x, n);
	if (confidenceProportion(confidence) === 1) return 1;
	const z = zForConfidence(confidence);
	return (2 * x + z ** 2 + z * Math.sqrt(z ** 2 + 4 * x * (1 - x / n))) / 2 / (n + z ** 2);
}

/**
 * Byar's approximation to the Poisson lower limit for a count (Breslow & Day 1987).
 * A negative result (tiny counts at high confidence) is null, as PHEindicatormethods returns NA.
 */
export function byarsLower(x: number, confidence = 0.95): number | null {
	assertCount(x, 'observed events');
	const z = zForConfidence(confidence);
	const lower = x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
	return lower < 0 ? null : lower;
}

/** Byar's approximation to the Poisson upper limit for a count. */
export function byarsUpper(x: number, confidence = 0.95): number {
	assertCount(x, 'observed events');
	const z = zForConfidence(confidence);
	return (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1))) ** 3;
}

/** Exact Poisson lower limit for a count: qchisq((1 − c)/2, 2x)/2. */
export function exactPoissonLower(x: number, confidence = 0.95): number {
	assertCount(x, 'observed events');
	const level = confidenceProportion(confidence);
	return qchisq((1 - level) / 2, 2 * x) / 2;
}

/** Exact Poisson upper limit for a count: qchisq(c + (1 − c)/2, 2x + 2)/2. */
export function exactPoissonUpper(x: number, confidence = 0.95): number {
	assertCount(x, 'observed events');
	const level = confidenceProportion(confidence);
	return qchisq(level + (1 - level) / 2, 2 * x + 2) / 2;
}

export interface IndicatorValue extends Interval {
	value: number | null;
	/** e.g. "percentage", "proportion of 1", "rate per 100000" (PHEindicatormethods wording). */
	statistic: string;
}

export interface ProportionOptions {
	confidence?: number;
	/** 1 for a proportion, 100 for a percentage. */
	multiplier?: number;
}

/** phe_proportion: x/n with Wilson limits, scaled by the multiplier. Missing input gives nulls. */
export function pheProportion(
	x: number | null,
	n: number | null,
	{ confidence = 0.95, multiplier = 1 }: ProportionOptions = {}
): IndicatorValue & { method: 'Wilson' } {
	const statistic = multiplier === 100 ? 'percentage' : `proportion of ${multiplier}`;
	if (x === null || n === null) {
		return { value: null, lower: null, upper: null, statistic, method: 'Wilson' };
	}
	return {
		value: (x / n) * multiplier,
		lower: wilsonLower(x, n, confidence) * multiplier,
		upper: wilsonUpper(x, n, confidence) * multiplier,
		statistic,
		method: 'Wilson'
	};
}

export interface RateOptions {
	confidence?: number;
	/** Per 100,000 unless stated (PHEindicatormethods default). */
	multiplier?: number;
}

export type RateMethod = 'Exact' | 'Byars';

/**
 * phe_rate: crude rate x/n with exact Poisson limits for counts under 10 and Byar's otherwise.
 * The method is null when the count is missing.
 */
export function pheRate(
	x: number | null,
	n: number | null,
	{ confidence = 0.95, multiplier = 100_000 }: RateOptions = {}
): IndicatorValue & { method: RateMethod | null } {
	const statistic = `rate per ${multiplier}`;
	const method: RateMethod | null = x === null ? null : x < 10 ? 'Exact' : 'Byars';
	if (x === null || n === null) {
		return { value: null, lower: null, upper: null, statistic, method };
	}
	if (!(n > 0)) throw new RangeError('denominators must be greater than zero');
	const lowerCount =
		method === 'Exact' ? exactPoissonLower(x, confidence) : byarsLower(x, confidence);
	const upperCount =
		method === 'Exact' ? exactPoissonUpper(x, confidence) : byarsUpper(x, confidence);
	return {
		value: (x / n) * multiplier,
		lower: lowerCount === null ? null : (lowerCount / n) * multiplier,
		upper: (upperCount / n) * multiplier,
		statistic,
		method
	};
}
