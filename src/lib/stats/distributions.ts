/**
 * Distribution helpers shared by the Fingertips methods.
 *
 * Quantiles come from @stdlib (not hand-written approximations), so z(0.975) = 1.959963984540054
 * and z(0.999) = 3.090232306167813 as in R's qnorm.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';

/** Standard normal quantile, R's qnorm(p). */
export function qnorm(p: number): number {
	return normalQuantile(p, 0, 1);
}

/** Chi-square quantile, R's qchisq(p, df); df 0 is the point mass at 0, as in R. */
export function qchisq(p: number, df: number): number {
	return df === 0 ? 0 : chisquareQuantile(p, df);
}

/**
 * A confidence level as a proportion. PHEindicatormethods accepts 95 or 0.95 alike and only
 * levels from 90 % to 100 % (R/utils.R byars_lower, wilson_lower).
 */
export function confidenceProportion(confidence: number): number {
	const level = confidence >= 90 ? confidence / 100 : confidence;
	if (!(level >= 0.9 && level <= 1)) {
		throw new RangeError('confidence level must be between 90 and 100 or between 0.9 and 1');
	}
	return level;
}

/** Two-sided z for a confidence level: qnorm(conf + (1 − conf)/2), as PHEindicatormethods. */
export function zForConfidence(confidence: number): number {
	const level = confidenceProportion(confidence);
	return qnorm(level + (1 - level) / 2);
}

/** R's round(): halves go to the even neighbour (IEC 60559), unlike Math.round. */
export function roundHalfEven(x: number): number {
	const floor = Math.floor(x);
	const diff = x - floor;
	if (diff > 0.5) return floor + 1;
	if (diff < 0.5) return floor;
	return floor % 2 === 0 ? floor : floor + 1;
}
