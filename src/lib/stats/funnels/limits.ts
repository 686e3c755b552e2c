/**
 * Funnel plot control limits for proportions, ratios and rates (PHEindicatormethods
 * R/Funnels.R calculate_funnel_limits and calculate_funnel_points): 95 % ("2s") and 99.8 % ("3s").
 */
import { funnelAxis, signifCeiling, signifFloor } from './axis';
import { poissonFunnel, sigmaAdjustment } from './controlLimits';

/** Two-sided tail probabilities for the 2σ (95 %) and 3σ (99.8 %) limits. */
const TAIL_2S = 0.025;
const TAIL_3S = 0.001;

export interface FunnelBand {
	lower2s: number;
	upper2s: number;
	lower3s: number;
	upper3s: number;
}

function axisRange(denominators: readonly number[], perYear = 1) {
	const min = Math.min(...denominators);
	const max = Math.max(...denominators);
	// A wide spread starts the axis at 1; otherwise just below the smallest area.
	const minimum = max > 2 * min ? 0 : signifFloor(min / perYear) * perYear;
	return { minimum, maximum: signifCeiling(max / perYear) * perYear };
}

export interface ProportionFunnel {
	/** Σ numerators / Σ denominators, × multiplier. */
	baseline: number;
	points: (FunnelBand & { population: number })[];
}

/** Proportion funnel: Wilson-based limits around the overall proportion at 100 populations. */
export function proportionFunnelLimits(
	rows: readonly { numerator: number; denominator: number }[],
	{ multiplier = 100 }: { multiplier?: number } = {}
): ProportionFunnel {
	const average = sum(rows.map((r) => r.numerator)) / sum(rows.map((r) => r.denominator));
	const { minimum, maximum } = axisRange(rows.map((r) => r.denominator));
	// Limits are clipped to 0–100 % (R hard-codes 100, i.e. assumes a percentage multiplier).
	const clip = (x: number) => Math.min(multiplier, Math.max(0, x));
	const at = (p: number, n: number, side: 'low' | 'high') =>
		clip(sigmaAdjustment(p, n, average, side, multiplier));
	return {
		baseline: average * multiplier,
		points: funnelAxis(minimum, maximum, 0).map((population) => ({
			population,
			lower2s: at(1 - TAIL_2S, population, 'low'),
			upper2s: at(1 - TAIL_2S, population, 'high'),
			lower3s: at(1 - TAIL_3S, population, 'low'),
			upper3s: at(1 - TAIL_3S, population, 'high')
		}))
	};
}

export type RatioType = 'count' | 'isr';

export interface RatioFunnelPoint extends FunnelBand {
	observedEvents: number;
	/** Expected events at which the observed count sits on each limit. */
	lower2sExpectedEvents: number;
	upper2sExpectedEvents: number;
	lower3sExpectedEvents: number;
	upper3sExpectedEvents: number;
}

/**
 * Ratio funnel (observed / expected) over observed events. `count` reports ratio − 1,
 * `isr` the ratio × 100.
 */
export function ratioFunnelLimits(
	rows: readonly { observed: number; expected: number }[],
	{ ratioType }: { ratioType: RatioType }
): RatioFunnelPoint[] {
	const { minimum, maximum } = axisRange(rows.map((r) => r.expected));
	const scale = (ratio: number) => (ratioType === 'count' ? ratio - 1 : ratio * 100);
	return funnelAxis(minimum, maximum, 1).map((observed) => {
		const expected = {
			lower2s: poissonFunnel(observed, TAIL_2S, 'high'),
			upper2s: poissonFunnel(observed, TAIL_2S, 'low'),
			lower3s: poissonFunnel(observed, TAIL_3S, 'high'),
			upper3s: poissonFunnel(observed, TAIL_3S, 'low')
		};
		return {
			observedEvents: observed,
			lower2sExpectedEvents: expected.lower2s,
			upper2sExpectedEvents: expected.upper2s,
			lower3sExpectedEvents: expected.lower3s,
			upper3sExpectedEvents: expected.upper3s,
			lower2s: scale(observed / expected.lower2s),
			upper2s: scale(observed / expected.upper2s),
			lower3s: scale(observed / expected.lower3s),
			upper3s: scale(observed / expected.upper3s)
		};
	});
}

export type RateType = 'dsr' | 'crude';

export interface RateRow {
	events: number;
	/** Null only where events are 0 and a denominator is given. */
	rate: number | null;
	denominator?: number | null;
}

export interface RateFunnelOptions {
	rateType: RateType;
	multiplier: number;
}

/**
 * Denominators implied by each rate (R `denominator_derived`): multiplier·events/rate. A DSR
 * with no events has none; a crude rate with no events uses the supplied denominator.
 */
export function derivedDenominators(
	rows: readonly RateRow[],
	{ rateType, multiplier }: RateFunnelOptions
) {
	return rows.map(({ events, rate, denominator }) => {
		if (!(events >= 0)) throw new RangeError('events must be zero or more');
		if (events !== 0) {
			if (!(rate != null && rate > 0))
				throw new RangeError('a rate is needed where there are events');
			return (multiplier * events) / rate;
		}
		if (rateType === 'dsr') return null;
		if (!(denominator != null && denominator > 0)) {
			throw new RangeError('a crude rate with 0 events needs a denominator');
		}
		return denominator;
	});
}

export interface RateFunnelPoint extends FunnelBand {
	events: number;
	/** Population per year at which `events` sits on each limit. */
	lower2sPopulation1Year: number;
	upper2sPopulation1Year: number;
	lower3sPopulation1Year: number;
	upper3sPopulation1Year: number;
}

/** Rate funnel over events, exact Poisson, for data pooled over `yearsOfData` years. */
export function rateFunnelLimits(
	rows: readonly RateRow[],
	options: RateFunnelOptions & { yearsOfData: number }
): { baseline: number; points: RateFunnelPoint[] } {
	const denominators = derivedDenominators(rows, options).filter((d): d is number => d !== null);
	const average = sum(rows.map((r) => r.events)) / sum(denominators);
	const { multiplier, yearsOfData } = options;
	const range = axisRange(denominators, yearsOfData);
	const axis = funnelAxis(
		Math.floor(range.minimum * average),
		Math.ceil(range.maximum * average),
		0
	);
	return {
		baseline: average * multiplier,
		points: axis.map((events) => {
			const population = (p: number, side: 'low' | 'high') =>
				poissonFunnel(events, p, side) / average;
			const pops = {
				lower2s: population(TAIL_2S, 'high'),
				upper2s: population(TAIL_2S, 'low'),
				lower3s: population(TAIL_3S, 'high'),
				upper3s: population(TAIL_3S, 'low')
			};
			return {
				events,
				lower2sPopulation1Year: pops.lower2s / yearsOfData,
				upper2sPopulation1Year: pops.upper2s / yearsOfData,
				lower3sPopulation1Year: pops.lower3s / yearsOfData,
				upper3sPopulation1Year: pops.upper3s / yearsOfData,
				lower2s: (events / pops.lower2s) * multiplier,
				upper2s: (events / pops.upper2s) * multiplier,
				lower3s: (events / pops.lower3s) * multiplier,
				upper3s: (events / pops.upper3s) * multiplier
			};
		})
	};
}

/**
 * Where each area sits on a rate funnel chart (R calculate_funnel_points): DSRs from fewer than
 * 10 events are not plotted; the x value is the per-year derived denominator.
 */
export function rateFunnelPoints(
	rows: readonly RateRow[],
	options: RateFunnelOptions & { yearsOfData: number }
) {
	const denominators = derivedDenominators(rows, options);
	return rows.map((row, i) => {
		const hidden = options.rateType === 'dsr' && row.events < 10;
		const denominator = denominators[i];
		return {
			rateChart: hidden ? null : row.rate,
			denominatorDerived: hidden || denominator === null ? null : denominator / options.yearsOfData
		};
	});
}

function sum(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}
