/**
 * The median and its distribution-free confidence interval from order statistics: the interval
 * runs from the r-th to the (n − r + 1)-th smallest value, r the largest rank with
 * P(Binomial(n, ½) ≤ r − 1) ≤ (1 − confidence) ÷ 2. Exact binomial ranks, so the coverage is at
 * least the confidence asked for (Conover, Practical Nonparametric Statistics, 3rd ed. 1999,
 * §3.2; the table of ranks in Campbell and Gardner, Statistics with Confidence, 2nd ed. 2000).
 */

export interface MedianRanks {
	/** 1-based ranks of the interval's ends in the sorted values. */
	lower: number;
	upper: number;
}

/** The ranks of the interval's ends; null when n is too small for any (n < 6 at 95 %). */
export function medianRanks(n: number, confidence = 0.95): MedianRanks | null {
	if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number, 0 or more');
	const tail = (1 - confidence) / 2;
	// P(X ≤ i) summed term by term on the log scale: log C(n, i) − n log 2.
	let logTerm = -n * Math.LN2;
	let cumulative = 0;
	let rank = 0;
	for (let i = 0; i <= n / 2; i++) {
		if (i > 0) logTerm += Math.log(n - i + 1) - Math.log(i);
		cumulative += Math.exp(logTerm);
		if (cumulative > tail) break;
		rank = i + 1;
	}
	return rank === 0 ? null : { lower: rank, upper: n - rank + 1 };
}

/** One distinct value and how many times it occurs. */
export interface ValueCount {
	value: number;
	count: number;
}

export interface MedianEstimate {
	n: number;
	median: number | null;
	lower: number | null;
	upper: number | null;
}

/** The k-th smallest value (1-based) of a frequency table sorted by value. */
function valueAtRank(sorted: readonly ValueCount[], k: number): number {
	let seen = 0;
	for (const { value, count } of sorted) {
		seen += count;
		if (seen >= k) return value;
	}
	throw new RangeError(`rank ${k} is beyond the ${seen} values`);
}

/**
 * The median (the mean of the two middle values when n is even) with its order-statistic
 * interval, from values given as a frequency table in any order.
 */
export function medianWithInterval(
	values: readonly ValueCount[],
	confidence = 0.95
): MedianEstimate {
	const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
	const n = sorted.reduce((sum, v) => sum + v.count, 0);
	if (n === 0) return { n, median: null, lower: null, upper: null };
	const median =
		(valueAtRank(sorted, Math.floor((n + 1) / 2)) + valueAtRank(sorted, Math.floor(n / 2) + 1)) / 2;
	const ranks = medianRanks(n, confidence);
	return {
		n,
		median,
		lower: ranks ? valueAtRank(sorted, ranks.lower) : null,
		upper: ranks ? valueAtRank(sorted, ranks.upper) : null
	};
}
