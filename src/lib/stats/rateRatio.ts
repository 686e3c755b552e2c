/**
 * The ratio of two rates (events ÷ person-time in group A over the same in group B) with its
 * confidence interval from the log rate ratio, whose variance for Poisson counts a and b is
 * 1/a + 1/b (Rothman, Greenland and Lash, Modern Epidemiology, 3rd ed., ch. 14). The person-time
 * is taken as known, as for the modelled populations here.
 */
import { zForConfidence } from './distributions';

export interface RateRatio {
	ratio: number;
	lower: number;
	upper: number;
}

/** Null when either count is 0: there is no ratio, or no interval. */
export function rateRatio(
	a: { events: number; personTime: number },
	b: { events: number; personTime: number },
	confidence = 0.95
): RateRatio | null {
	if (a.events <= 0 || b.events <= 0 || a.personTime <= 0 || b.personTime <= 0) return null;
	const ratio = a.events / a.personTime / (b.events / b.personTime);
	const spread = zForConfidence(confidence) * Math.sqrt(1 / a.events + 1 / b.events);
	return { ratio, lower: ratio * Math.exp(-spread), upper: ratio * Math.exp(spread) };
}
