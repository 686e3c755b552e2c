/**
 * Slope and relative index of inequality (SII / RII), as PHEindicatormethods R/SII_function.R
 * (phe_sii) and R/utils.R (FindXValues, SimulationFunc).
 *
 * The estimate is a weighted least-squares fit of the value on each quantile's cumulative
 * population midpoint; the confidence interval is Monte Carlo, seeded so it is reproducible.
 */
import { randomLcg, randomNormal } from 'd3-random';
import { confidenceProportion, qnorm, roundHalfEven } from './distributions';

/** What the values are: R's value_type 0 (e.g. life expectancy), 1 (rate), 2 (proportion). */
export type SiiValueType = 'other' | 'rate' | 'proportion';

export interface SiiQuantile {
	/** 1 = most deprived … n = least deprived. */
	quantile: number;
	population: number;
	/** The indicator value; for proportions it may instead come from count / population. */
	value?: number | null;
	count?: number | null;
	/** Standard error, on the log (rate) or logit (proportion) scale for those types. */
	se?: number | null;
	/** 95 % limits of the value, used for the standard error when `se` is absent. */
	lowerCl?: number | null;
	upperCl?: number | null;
}

export interface SiiOptions {
	valueType?: SiiValueType;
	/** Fit on the log (rates) or logit (proportions) scale. */
	transform?: boolean;
	/** Scales the SII; a negative multiplier flips polarity and inverts the RII. */
	multiplier?: number;
	confidence?: number;
	/** Monte Carlo repetitions (R default 100,000; R requires at least 1,000). */
	repetitions?: number;
	seed?: number;
}

export interface SiiResult {
	sii: number;
	rii: number;
	/** Fitted value at the most deprived end (x = 0), back-transformed if `transform`. */
	intercept: number;
	siiLower: number;
	siiUpper: number;
	riiLower: number;
	riiUpper: number;
}

const scales = {
	other: { to: (v: number) => v, from: (v: number) => v },
	rate: { to: Math.log, from: Math.exp },
	proportion: {
		to: (p: number) => Math.log(p / (1 - p)),
		from: (x: number) => Math.exp(x) / (1 + Math.exp(x))
	}
} as const;

/** Cumulative population midpoints (R FindXValues): Σ_{j<i} aⱼ + aᵢ/2. */
export function cumulativeMidpoints(populations: readonly number[]): number[] {
	const total = populations.reduce((a, b) => a + b, 0);
	let before = 0;
	return populations.map((p) => {
		const share = p / total;
		const midpoint = before + share / 2;
		before += share;
		return midpoint;
	});
}

function validate(rows: readonly SiiQuantile[], valueType: SiiValueType, transform: boolean) {
	if (rows.length < 5 || rows.length > 100) throw new RangeError('SII needs 5 to 100 quantiles');
	if (new Set(rows.map((r) => r.quantile)).size !== rows.length) {
		throw new RangeError('each quantile must appear once');
	}
	if (transform && valueType === 'other')
		throw new RangeError('transform needs a rate or proportion');
	for (const r of rows) {
		if (!(r.population > 0)) throw new RangeError('populations must be greater than zero');
		const hasSe = r.se != null && r.se >= 0;
		if (!hasSe && (r.lowerCl == null || r.upperCl == null)) {
			throw new RangeError('each quantile needs a standard error or both confidence limits');
		}
	}
}

/**
 * Least-squares weights: β = (XᵀX)⁻¹Xᵀ(√a·y) with X = [√a, b√a], so each fit is two dot
 * products. Returns the rows of (XᵀX)⁻¹Xᵀ already multiplied by √a.
 */
function fitWeights(populations: readonly number[]) {
	const total = populations.reduce((s, p) => s + p, 0);
	const a = populations.map((p) => p / total);
	const b = cumulativeMidpoints(populations);
	// XᵀX = [[Σa, Σab], [Σab, Σab²]].
	const s11 = a.reduce((s, ai) => s + ai, 0);
	const s12 = a.reduce((s, ai, i) => s + ai * b[i], 0);
	const s22 = a.reduce((s, ai, i) => s + ai * b[i] ** 2, 0);
	const det = s11 * s22 - s12 * s12;
	return {
		intercept: a.map((ai, i) => (ai * (s22 - s12 * b[i])) / det),
		slope: a.map((ai, i) => (ai * (s11 * b[i] - s12)) / det)
	};
}

const dot = (w: readonly number[], y: readonly number[]) =>
	w.reduce((s, wi, i) => s + wi * y[i], 0);

interface SimulationSettings {
	/** The least-squares weights (fitWeights): the fit is two dot products with them. */
	weights: { intercept: readonly number[]; slope: readonly number[] };
	/** From the sampling scale to the fitting scale. */
	toValue: (x: number) => number;
	slopeFactor: number;
	ratio: (top: number, bottom: number) => number;
	repetitions: number;
	seed: number;
}

/**
 * Monte Carlo (R SimulationFunc): draw every quantile from N(value, se) on the log/logit scale,
 * refit, and return the sorted slopes and RIIs. Seeded, so an interval is reproducible.
 */
function simulate(
	modelValues: readonly number[],
	ses: readonly number[],
	settings: SimulationSettings
) {
	const { weights, toValue, slopeFactor, ratio, repetitions, seed } = settings;
	const rng = randomLcg(seed);
	const draws = modelValues.map((m, i) => randomNormal.source(rng)(m, ses[i]));
	const slopes = new Float64Array(repetitions);
	const riis = new Float64Array(repetitions);
	// The fit's dot products in plain loops over typed arrays: this loop runs 10⁴–10⁵ times per
	// call, and a page draws an SII for every quarter (array methods made it ~15 ms a call).
	const toIntercept = Float64Array.from(weights.intercept);
	const toSlope = Float64Array.from(weights.slope);
	const n = draws.length;
	for (let r = 0; r < repetitions; r++) {
		let s0 = 0;
		let s1 = 0;
		for (let i = 0; i < n; i++) {
			const y = toValue(draws[i]());
			s0 += toIntercept[i] * y;
			s1 += toSlope[i] * y;
		}
		slopes[r] = s1 * slopeFactor;
		riis[r] = ratio(s0 + s1, s0);
	}
	return { slopes: slopes.sort(), riis: riis.sort() };
}

/** SII, RII, intercept and their Monte Carlo confidence limits for one area. */
export function sii(quantiles: readonly SiiQuantile[], options: SiiOptions = {}): SiiResult {
	const { valueType = 'other', transform = false, multiplier = 1, repetitions = 100_000 } = options;
	const { confidence = 0.95, seed = 1 } = options;
	validate(quantiles, valueType, transform);
	if (!(Number.isInteger(repetitions) && repetitions >= 1000)) {
		throw new RangeError('repetitions must be a whole number, 1,000 or more');
	}
	const level = confidenceProportion(confidence);
	const rows = [...quantiles].sort((p, q) => p.quantile - q.quantile);
	const scale = scales[valueType];
	const values = rows.map((r) => r.value ?? (r.count ?? Number.NaN) / r.population);
	if (values.some((v) => !Number.isFinite(v))) throw new RangeError('every quantile needs a value');
	if (valueType === 'proportion' && values.some((v) => v < 0 || v > 1)) {
		throw new RangeError('proportions must be between 0 and 1');
	}
	// Rates and proportions are sampled on the log/logit scale whether or not the fit is (R).
	const modelValues = values.map(scale.to);
	// se from the 95 % limits: (UCL − LCL)/(2·qnorm(0.975)), as R hard-codes.
	const ses = rows.map((r) =>
		r.se != null && r.se >= 0
			? r.se
			: (scale.to(r.upperCl!) - scale.to(r.lowerCl!)) / qnorm(0.975) / 2
	);
	const weights = fitWeights(rows.map((r) => r.population));
	const fit = (y: readonly number[]) => [dot(weights.intercept, y), dot(weights.slope, y)] as const;
	const [b0, b1] = fit(transform ? modelValues : values);
	const invert = multiplier < 0;
	const ratio = (top: number, bottom: number) => (invert ? bottom / top : top / bottom);

	const { slopes, riis } = simulate(modelValues, ses, {
		weights,
		toValue: transform ? (x: number) => x : scale.from,
		slopeFactor: transform ? 1 : multiplier,
		ratio,
		repetitions,
		seed
	});
	const upperLevel = level + (1 - level) / 2;
	const lowerAt = roundHalfEven(repetitions * (1 - upperLevel)) - 1;
	const upperAt = roundHalfEven(repetitions * upperLevel) - 1;

	if (!transform) {
		return {
			sii: multiplier * b1,
			rii: ratio(b0 + b1, b0),
			intercept: b0,
			siiLower: slopes[lowerAt],
			siiUpper: slopes[upperAt],
			riiLower: riis[lowerAt],
			riiUpper: riis[upperAt]
		};
	}
	// Back-transform about the midpoint x = ½ so the interval keeps the fitted centre (R).
	const middle = b0 + b1 / 2;
	const ends = (slope: number) => [scale.from(middle - slope / 2), scale.from(middle + slope / 2)];
	// R tests `multiplier < 1` for rates but `< 0` for proportions; we use `< 0` for both.
	const [lowSlope, highSlope] = invert
		? [slopes[upperAt], slopes[lowerAt]]
		: [slopes[lowerAt], slopes[upperAt]];
	const [lowStart, lowEnd] = ends(lowSlope);
	const [highStart, highEnd] = ends(highSlope);
	return {
		sii: (scale.from(b0 + b1) - scale.from(b0)) * multiplier,
		rii: ratio(scale.from(b0 + b1), scale.from(b0)),
		intercept: scale.from(b0) * Math.abs(multiplier),
		siiLower: (lowEnd - lowStart) * multiplier,
		siiUpper: (highEnd - highStart) * multiplier,
		riiLower: ratio(lowEnd, lowStart),
		riiUpper: ratio(highEnd, highStart)
	};
}
