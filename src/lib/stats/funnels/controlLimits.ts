/**
 * The control-limit building blocks of PHEindicatormethods funnels (R/utils.R): the inverse
 * Wilson limit for proportions and the exact Poisson bisection for ratios and rates.
 */
import { byarsLower, byarsUpper } from '../confidenceIntervals';
import { qchisq, qnorm } from '../distributions';

export type FunnelSide = 'low' | 'high';

/**
 * The proportion (× multiplier) at population N whose Wilson interval just touches the average:
 * R sigma_adjustment(p, population, average_proportion, side, multiplier).
 */
export function sigmaAdjustment(
	p: number,
	population: number,
	averageProportion: number,
	side: FunnelSide,
	multiplier: number
): number {
	const z2 = qnorm(p) ** 2;
	const firstPart = averageProportion * (population / z2 + 1);
	const adj = Math.sqrt(
		(-8 * averageProportion * (population / z2 + 1)) ** 2 -
			64 *
				(1 / z2 + 1 / population) *
				averageProportion *
				(population * (averageProportion * (population / z2 + 2) - 1) +
					z2 * (averageProportion - 1))
	);
	const lastPart = 1 / z2 + 1 / population;
	const limit =
		side === 'low' ? (firstPart - adj / 8) / lastPart : (firstPart + adj / 8) / lastPart;
	return (limit / population) * multiplier;
}

/** Share of a Poisson(z) distribution between counts a and b inclusive (R poisson_cis). */
function poissonShare(z: number, a: number, b: number): number {
	let q = 1;
	let total = 0;
	let share = 0;
	let k = 0;
	// Sum terms until past the mean and negligible; rescale to avoid overflow (Excel macro logic).
	while (k <= z || q > total * 1e-10) {
		total += q;
		if (k >= a && k <= b) share += q;
		if (total > 1e30) {
			share /= 1e30;
			total /= 1e30;
			q /= 1e30;
		}
		k += 1;
		q = (q * z) / k;
	}
	return share / total;
}

/**
 * Bisection for the Poisson mean at which `observed` sits at tail probability p
 * (R poisson_funnel; Fingertips StatisticalMethods.PoisLow / PoisHigh use the same code).
 * "low" gives the mean with P(X ≥ observed) = p, "high" the mean with P(X ≤ observed) = p.
 */
export function poissonFunnel(observed: number, p: number, side: FunnelSide): number {
	let v = 0.5;
	let dv = 0.5;
	while (dv > 1e-7) {
		dv /= 2;
		const mean = ((1 + observed) * v) / (1 - v);
		const tooHigh =
			side === 'low' ? poissonShare(mean, observed, 1e10) > p : poissonShare(mean, 0, observed) < p;
		v = tooHigh ? v - dv : v + dv;
	}
	return ((1 + observed) * v) / (1 - v);
}

/**
 * Lower ("low") or upper ("high") limit of observed / expected at confidence p, exact χ² for
 * fewer than 10 events and Byar's otherwise (R funnel_ratio_significance).
 */
export function ratioTestLimit(
	observed: number,
	expected: number,
	p: number,
	side: FunnelSide
): number {
	let limit: number;
	if (observed === 0 && side === 'low') {
		limit = 0;
	} else if (observed < 10) {
		limit =
			side === 'low'
				? qchisq((1 - p) / 2, 2 * observed) / 2
				: qchisq(0.5 + p / 2, 2 * observed + 2) / 2;
	} else {
		limit = side === 'low' ? byarsLower(observed, p)! : byarsUpper(observed, p);
	}
	return limit / expected;
}
