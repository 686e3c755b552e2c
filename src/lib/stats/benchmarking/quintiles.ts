/** Quintiles of areas, as Fingertips classic and FingertipsNext compute them. */
import type { Polarity } from './compare';

/** Fingertips rounds percentiles to 10 d.p. (away from zero) to drop float artefacts. */
function round10(x: number): number {
	return (Math.sign(x) * Math.round(Math.abs(x) * 1e10)) / 1e10;
}

/**
 * Classic Fingertips quintile bounds [min, P20, P40, P60, P80, max] with linear interpolation at
 * n = (count − 1)·f + 1 (fingertips-open ValueCategoriesCalculator.cs). Empty with 3 or fewer values.
 */
export function quintileBounds(values: readonly number[]): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const count = sorted.length;
	if (count <= 3) return [];
	const percentile = (fraction: number) => {
		const n = (count - 1) * fraction + 1;
		if (n === 1) return sorted[0];
		if (n === count) return sorted[count - 1];
		const k = Math.floor(n);
		return round10(sorted[k - 1] + (n - k) * (sorted[k] - sorted[k - 1]));
	};
	return [sorted[0], ...[1, 2, 3, 4].map((i) => percentile((1 / 5) * i)), sorted[count - 1]];
}

/**
 * Classic quintile 1–5 of a value: the first bound it does not exceed, reversed when high is
 * good so 1 is always the worst (fingertips-open QuintilesComparer.cs). Null if not comparable.
 */
export function quintileCategory(
	value: number,
	bounds: readonly number[],
	polarity: Polarity
): number | null {
	if (bounds.length !== 6) return null;
	const index = bounds.findIndex((bound, i) => i > 0 && value <= bound);
	if (index < 0) return null;
	return polarity === 'HighIsGood' ? 6 - index : index;
}

export type QuintileOutcome =
	| 'Lowest'
	| 'Low'
	| 'Middle'
	| 'High'
	| 'Highest'
	| 'Worst'
	| 'Worse'
	| 'Better'
	| 'Best'
	| 'NotCompared';

const NO_JUDGEMENT: QuintileOutcome[] = ['Lowest', 'Low', 'Middle', 'High', 'Highest'];
const HIGH_IS_GOOD: QuintileOutcome[] = ['Worst', 'Worse', 'Middle', 'Better', 'Best'];

/**
 * FingertipsNext quintiles: SQL NTILE(5) over the areas ordered by value (group sizes differ by
 * at most one, larger groups first); NotCompared with fewer than 5 areas.
 */
export function ntileQuintiles(values: readonly number[], polarity: Polarity): QuintileOutcome[] {
	if (values.length < 5) return values.map(() => 'NotCompared');
	const labels =
		polarity === 'NoJudgement'
			? NO_JUDGEMENT
			: polarity === 'HighIsGood'
				? HIGH_IS_GOOD
				: [...HIGH_IS_GOOD].reverse();
	const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
	const size = Math.floor(values.length / 5);
	const larger = values.length % 5;
	const result = new Array<QuintileOutcome>(values.length);
	order.forEach(([, original], rank) => {
		// The first `larger` tiles hold size + 1 areas.
		const cut = larger * (size + 1);
		const tile =
			rank < cut ? Math.floor(rank / (size + 1)) : larger + Math.floor((rank - cut) / size);
		result[original] = labels[tile];
	});
	return result;
}
