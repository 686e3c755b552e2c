/**
 * Seeded randomness for the synthetic generators. Every stream is a pure function of
 * (seed, stream name), so a generator gives the same output for the same seed and inputs, and
 * separate concerns (arrivals, waits, capacity…) do not shift each other when one changes.
 */
import { randomBinomial, randomLcg, randomNormal, randomPoisson } from 'd3-random';

export interface Rng {
	/** Uniform on [0, 1). */
	uniform(): number;
	/** Uniform integer on [0, n). */
	int(n: number): number;
	normal(): number;
	/** exp(N(log(median), sigma²)): a right-skewed wait with the given median. */
	logNormal(median: number, sigma: number): number;
	poisson(lambda: number): number;
	binomial(n: number, p: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** An index drawn with probability proportional to weights. */
	pick(weights: readonly number[]): number;
}

/** FNV-1a hash of a string to a 32-bit unsigned integer. */
function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

export function createRng(seed: number, stream: string): Rng {
	const source = randomLcg(hash32(`${seed}|${stream}`) / 2 ** 32);
	const standardNormal = randomNormal.source(source)(0, 1);
	const poissonSource = randomPoisson.source(source);
	const binomialSource = randomBinomial.source(source);
	return {
		uniform: source,
		int: (n) => Math.floor(source() * n),
		normal: standardNormal,
		logNormal: (median, sigma) => median * Math.exp(sigma * standardNormal()),
		poisson: (lambda) => (lambda > 0 ? poissonSource(lambda)() : 0),
		binomial: (n, p) => (n > 0 && p > 0 ? binomialSource(n, Math.min(p, 1))() : 0),
		chance: (p) => source() < p,
		pick: (weights) => {
			let total = 0;
			for (const weight of weights) total += weight;
			let target = source() * total;
			for (let i = 0; i < weights.length; i++) {
				target -= weights[i];
				if (target < 0) return i;
			}
			return weights.length - 1;
		}
	};
}

/**
 * Walker/Vose alias table: O(1) draws from a fixed discrete distribution, used for the
 * hundreds of thousands of (LSOA, age band) and practice draws in a large extract.
 */
export class AliasTable {
	private readonly probability: Float64Array;
	private readonly alias: Int32Array;

	constructor(weights: ArrayLike<number>) {
		const n = weights.length;
		let total = 0;
		for (let i = 0; i < n; i++) total += weights[i];
		if (!(total > 0)) throw new Error('AliasTable needs a positive total weight');
		this.probability = new Float64Array(n);
		this.alias = new Int32Array(n);
		const scaled = Float64Array.from({ length: n }, (_, i) => (weights[i] * n) / total);
		const small: number[] = [];
		const large: number[] = [];
		scaled.forEach((value, i) => (value < 1 ? small : large).push(i));
		while (small.length > 0 && large.length > 0) {
			const less = small.pop()!;
			const more = large.pop()!;
			this.probability[less] = scaled[less];
			this.alias[less] = more;
			scaled[more] = scaled[more] + scaled[less] - 1;
			(scaled[more] < 1 ? small : large).push(more);
		}
		for (const i of [...small, ...large]) this.probability[i] = 1;
	}

	sample(rng: Rng): number {
		const column = rng.int(this.probability.length);
		return rng.uniform() < this.probability[column] ? column : this.alias[column];
	}
}
