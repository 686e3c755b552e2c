/**
 * Fits the circuity factor (road distance ÷ straight-line distance) on pairs of distances from
 * the same origin to the same kind of destination, and says how well it fits:
 * - `factor`: least squares through the origin, road = factor × straight (the model's form);
 * - `linear`: road = intercept + slope × straight; a positive intercept with a slope below the
 *   factor means the detour ratio falls as journeys get longer;
 * - `bands`: the ratio of summed distances within straight-line distance bands.
 * R² is 1 − residual ÷ total sum of squares about the mean road distance for both fits, so the
 * two are comparable.
 */

export interface DistancePair {
	straightKm: number;
	roadKm: number;
}

export interface CircuityBand {
	fromKm: number;
	/** Null for the open top band. */
	toKm: number | null;
	pairs: number;
	/** Σ road ÷ Σ straight within the band. */
	ratio: number;
}

export interface CircuityFit {
	pairs: number;
	factor: number;
	r2: number;
	/** Root mean square residual of the through-origin fit, km. */
	rmseKm: number;
	/** Residual (road − factor × straight) quantiles, km: 5th, 50th and 95th percentiles. */
	residualKm: { p5: number; p50: number; p95: number };
	linear: { intercept: number; slope: number; r2: number };
	bands: CircuityBand[];
}

function quantile(sorted: readonly number[], p: number): number {
	const at = (sorted.length - 1) * p;
	const lower = Math.floor(at);
	const upper = Math.ceil(at);
	return sorted[lower] + (sorted[upper] - sorted[lower]) * (at - lower);
}

function rSquared(pairs: readonly DistancePair[], predict: (km: number) => number): number {
	const mean = pairs.reduce((s, p) => s + p.roadKm, 0) / pairs.length;
	let residual = 0;
	let total = 0;
	for (const p of pairs) {
		residual += (p.roadKm - predict(p.straightKm)) ** 2;
		total += (p.roadKm - mean) ** 2;
	}
	return 1 - residual / total;
}

/** `bandEdgesKm`: inner edges of the straight-line distance bands, e.g. [1, 2, 4]. */
export function fitCircuity(
	pairs: readonly DistancePair[],
	bandEdgesKm: readonly number[] = []
): CircuityFit {
	if (pairs.length < 2) throw new Error('fitCircuity needs at least two pairs of distances');
	let sxx = 0;
	let sxy = 0;
	let sx = 0;
	let sy = 0;
	for (const p of pairs) {
		sxx += p.straightKm * p.straightKm;
		sxy += p.straightKm * p.roadKm;
		sx += p.straightKm;
		sy += p.roadKm;
	}
	const n = pairs.length;
	const factor = sxy / sxx;
	const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
	const intercept = (sy - slope * sx) / n;
	const residuals = pairs.map((p) => p.roadKm - factor * p.straightKm).sort((a, b) => a - b);
	const edges = [0, ...bandEdgesKm];
	const bands = edges.map((fromKm, i) => {
		const toKm = i + 1 < edges.length ? edges[i + 1] : null;
		const inBand = pairs.filter(
			(p) => p.straightKm >= fromKm && (toKm === null || p.straightKm < toKm)
		);
		const road = inBand.reduce((s, p) => s + p.roadKm, 0);
		const straight = inBand.reduce((s, p) => s + p.straightKm, 0);
		return { fromKm, toKm, pairs: inBand.length, ratio: straight > 0 ? road / straight : NaN };
	});
	return {
		pairs: n,
		factor,
		r2: rSquared(pairs, (km) => factor * km),
		rmseKm: Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / n),
		residualKm: {
			p5: quantile(residuals, 0.05),
			p50: quantile(residuals, 0.5),
			p95: quantile(residuals, 0.95)
		},
		linear: { intercept, slope, r2: rSquared(pairs, (km) => intercept + slope * km) },
		bands
	};
}
