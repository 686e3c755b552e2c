/**
 * "Compared with England / benchmark" as Fingertips does it. The area's confidence interval is
 * compared with the benchmark VALUE, not CI against CI (FingertipsNext
 * BenchmarkComparisonEngine.cs; fingertips-open PholioVisualisationWS/Analysis/*Comparer.cs).
 */
import { poissonFunnel } from '../funnels/controlLimits';

export type Polarity = 'HighIsGood' | 'LowIsGood' | 'NoJudgement';

/** FingertipsNext BenchmarkOutcome names; Best/Worst only from the two-level comparison. */
export type BenchmarkOutcome =
	'Better' | 'Similar' | 'Worse' | 'Higher' | 'Lower' | 'Best' | 'Worst' | 'NotCompared';

export interface ValueWithCi {
	value: number | null;
	lowerCi: number | null;
	upperCi: number | null;
}

/** −1 below, 0 similar, +1 above; ±2 beyond the wider (99.8 %) interval too. */
type Direction = -2 | -1 | 0 | 1 | 2;

function outcomeFor(direction: Direction, polarity: Polarity): BenchmarkOutcome {
	if (direction === 0) return 'Similar';
	if (polarity === 'NoJudgement') return direction > 0 ? 'Higher' : 'Lower';
	const good = polarity === 'HighIsGood' ? direction > 0 : direction < 0;
	if (Math.abs(direction) === 2) return good ? 'Best' : 'Worst';
	return good ? 'Better' : 'Worse';
}

/**
 * Method "CI overlapping reference value": Lower if the upper limit is below the benchmark,
 * Higher if the lower limit is above it, otherwise Similar (a benchmark on a limit is Similar).
 * Use the 95 % or the 99.8 % interval as the indicator's method says.
 */
export function compareWithBenchmark(
	area: ValueWithCi,
	benchmark: number | null,
	polarity: Polarity
): BenchmarkOutcome {
	const { lowerCi, upperCi } = area;
	if (lowerCi === null || upperCi === null || benchmark === null) return 'NotCompared';
	const direction = upperCi < benchmark ? -1 : lowerCi > benchmark ? 1 : 0;
	return outcomeFor(direction, polarity);
}

/**
 * Inequality segments (e.g. Female, Male) against the aggregate segment (Persons) of the same
 * area; the aggregate itself is not compared (null).
 */
export function compareWithAggregate<K extends string>(
	segments: Record<K, ValueWithCi>,
	aggregate: NoInfer<K>,
	polarity: Polarity
): Record<K, BenchmarkOutcome | null> {
	const result = {} as Record<K, BenchmarkOutcome | null>;
	for (const key of Object.keys(segments) as K[]) {
		result[key] =
			key === aggregate
				? null
				: compareWithBenchmark(segments[key], segments[aggregate].value, polarity);
	}
	return result;
}

export interface TwoLevelCi {
	value: number;
	lowerCi95: number;
	upperCi95: number;
	lowerCi998: number;
	upperCi998: number;
}

/**
 * Both intervals at once (fingertips-open SingleOverlappingCIsForTwoCILevelsComparer): Similar
 * inside the 95 % interval, Better/Worse when significant at 95 % only, Best/Worst at 99.8 %.
 */
export function compareAtTwoLevels(
	area: TwoLevelCi,
	benchmark: number,
	polarity: Polarity
): BenchmarkOutcome {
	if (benchmark >= area.lowerCi95 && benchmark <= area.upperCi95) return 'Similar';
	if (benchmark <= area.lowerCi95 && benchmark >= area.lowerCi998) return outcomeFor(1, polarity);
	if (benchmark >= area.upperCi95 && benchmark <= area.upperCi998) return outcomeFor(-1, polarity);
	return outcomeFor(area.value < benchmark ? -2 : 2, polarity);
}

/** Higher / lower / similar against control limits (fingertips-open GetSignificanceFromSDs). */
function againstLimits(value: number, lower: number, upper: number, polarity: Polarity) {
	return outcomeFor(upper < value ? 1 : lower > value ? -1 : 0, polarity);
}

/**
 * Older SPC comparator for proportions (fingertips-open SpcForProportionsComparer): Wilson
 * limits around the count expected at the benchmark rate. Fingertips uses z = 1.96 or 3.0902.
 */
export function compareProportionBySpc(
	area: { value: number; denominator: number },
	benchmark: number,
	{ unit, z = 1.96, polarity }: { unit: number; z?: number; polarity: Polarity }
): BenchmarkOutcome {
	const n = area.denominator;
	const expected = (n * benchmark) / unit;
	const spread = z * Math.sqrt(z ** 2 + 4 * expected * (1 - expected / n));
	const [lower, upper] = [-spread, spread].map(
		(s) => (2 * expected + z ** 2 + s) / (2 * (n + z ** 2))
	);
	return againstLimits(area.value / unit, lower, upper, polarity);
}

/**
 * Older SPC comparator for DSRs (fingertips-open SpcForDsrComparer): exact Poisson limits around
 * the events expected at the benchmark rate; p = 0.025 (95 %) or 0.001 (99.8 %).
 */
export function compareDsrBySpc(
	area: { value: number; denominator: number },
	benchmark: number,
	{ unit, p = 0.025, polarity }: { unit: number; p?: number; polarity: Polarity }
): BenchmarkOutcome {
	const expected = benchmark * (area.denominator / unit);
	const lower = (poissonFunnel(expected, p, 'low') / area.denominator) * unit;
	const upper = (poissonFunnel(expected, p, 'high') / area.denominator) * unit;
	return againstLimits(area.value, lower, upper, polarity);
}
