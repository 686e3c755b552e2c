/** Funnel plot significance of each area (PHEindicatormethods assign_funnel_significance). */
import { ratioTestLimit, sigmaAdjustment } from './controlLimits';
import { derivedDenominators, type RateFunnelOptions, type RateRow } from './limits';

export type FunnelSignificance =
	| 'High (0.001)'
	| 'High (0.025)'
	| 'Low (0.001)'
	| 'Low (0.025)'
	| 'Not significant'
	| 'Not applicable for events less than 10 for dsrs';

/** Proportions: each area's x/n against the inverse-Wilson limits around the overall average. */
export function proportionFunnelSignificance(
	rows: readonly { numerator: number; denominator: number }[]
): FunnelSignificance[] {
	for (const { numerator, denominator } of rows) {
		if (!(numerator >= 0)) throw new RangeError('numerators must be zero or more');
		if (!(denominator > 0)) throw new RangeError('denominators must be greater than zero');
		if (numerator > denominator) throw new RangeError('numerator exceeds denominator');
	}
	const average =
		rows.reduce((s, r) => s + r.numerator, 0) / rows.reduce((s, r) => s + r.denominator, 0);
	return rows.map(({ numerator, denominator }) => {
		const p = numerator / denominator;
		const limit = (level: number, side: 'low' | 'high') =>
			sigmaAdjustment(level, denominator, average, side, 1);
		if (p < limit(0.999, 'low')) return 'Low (0.001)';
		if (p < limit(0.975, 'low')) return 'Low (0.025)';
		if (p > limit(0.999, 'high')) return 'High (0.001)';
		if (p > limit(0.975, 'high')) return 'High (0.025)';
		return 'Not significant';
	});
}

/** Checked in R's order: high at 99.8 %, high at 95 %, low at 99.8 %, low at 95 %. */
function classify(observed: number, expected: number, reference: number): FunnelSignificance {
	if (reference < ratioTestLimit(observed, expected, 0.998, 'low')) return 'High (0.001)';
	if (reference < ratioTestLimit(observed, expected, 0.95, 'low')) return 'High (0.025)';
	if (reference > ratioTestLimit(observed, expected, 0.998, 'high')) return 'Low (0.001)';
	if (reference > ratioTestLimit(observed, expected, 0.95, 'high')) return 'Low (0.025)';
	return 'Not significant';
}

/** Ratios: is 1 outside the exact / Byar's interval of observed / expected? */
export function ratioFunnelSignificance(
	rows: readonly { observed: number; expected: number }[]
): FunnelSignificance[] {
	return rows.map(({ observed, expected }) => classify(observed, expected, 1));
}

/**
 * Rates: the overall rate against each area's interval of events / derived denominator. DSRs
 * from fewer than 10 events are not assessed.
 */
export function rateFunnelSignificance(
	rows: readonly RateRow[],
	options: RateFunnelOptions
): FunnelSignificance[] {
	const denominators = derivedDenominators(rows, options);
	const known = denominators.filter((d): d is number => d !== null);
	const average = rows.reduce((s, r) => s + r.events, 0) / known.reduce((s, d) => s + d, 0);
	return rows.map((row, i) => {
		if (options.rateType === 'dsr' && row.events < 10) {
			return 'Not applicable for events less than 10 for dsrs';
		}
		const denominator = denominators[i];
		return denominator === null ? 'Not significant' : classify(row.events, denominator, average);
	});
}
