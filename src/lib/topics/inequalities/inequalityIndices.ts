/**
 * The gap between the most and least deprived: the slope and relative index of inequality over
 * IMD quintiles or deciles (PHEindicatormethods phe_sii, seeded Monte Carlo interval), and the
 * rate ratio of the most to the least deprived quintile with a 95 % interval from the log rate
 * ratio's Poisson variance, var(log RR) = 1/a + 1/b (Rothman, Modern Epidemiology).
 */
import { isSuppressedCount } from '$lib/stats/disclosure';
import { rateRatio as ratioOfRates, type RateRatio } from '$lib/stats/rateRatio';
import {
	sii,
	type SiiOptions,
	type SiiQuantile,
	type SiiResult,
	type SiiValueType
} from '$lib/stats/sii';
import type { GroupRate } from './groupRates';
import type { GroupEstimate } from './measureEstimates';

/** Fewer draws than R's default keep the page quick; the interval is stable to about 1 %. */
export const SII_REPETITIONS = 10_000;

/**
 * The slope index is a pure function of its inputs and costs a Monte Carlo run (a few ms), and a
 * page draws one for every quarter: results are kept for inputs seen before, so changing the
 * grouping or locality, which leaves the quarterly trend as it was, does not run them again.
 * Bounded, oldest first out.
 */
const SII_MEMO_SIZE = 512;
const siiMemo = new Map<string, SiiResult>();

function memoisedSii(quantiles: SiiQuantile[], options: SiiOptions): SiiResult {
	const key = JSON.stringify([quantiles, options]);
	const known = siiMemo.get(key);
	if (known) return known;
	const result = sii(quantiles, options);
	if (siiMemo.size >= SII_MEMO_SIZE) siiMemo.delete(siiMemo.keys().next().value!);
	siiMemo.set(key, result);
	return result;
}

/** Why there is no index to show. */
export type NoIndex = 'withheld' | 'not-calculable';

export type IndexResult = { kind: 'index'; index: SiiResult } | { kind: 'none'; why: NoIndex };

/**
 * The SII of crude rates by IMD group (keys '1' = most deprived …), each weighted by its women.
 * Withheld when a group's count is 1–7, whose rate is withheld; not calculable with fewer than
 * five groups or a group without events (its interval has no width on the log scale).
 */
export function slopeIndexOf(groups: readonly GroupRate[]): IndexResult {
	if (groups.some((g) => isSuppressedCount(g.events))) return { kind: 'none', why: 'withheld' };
	const usable = groups.every(
		(g) =>
			g.events > 0 && g.crude.value !== null && g.crude.lower !== null && g.crude.upper !== null
	);
	if (groups.length < 5 || !usable) return { kind: 'none', why: 'not-calculable' };
	const index = memoisedSii(
		groups.map((g) => ({
			quantile: Number(g.key),
			population: g.women,
			value: g.crude.value,
			lowerCl: g.crude.lower,
			upperCl: g.crude.upper
		})),
		{ valueType: 'rate', repetitions: SII_REPETITIONS, seed: 1 }
	);
	const finite = [index.sii, index.siiLower, index.siiUpper].every(Number.isFinite);
	return finite ? { kind: 'index', index } : { kind: 'none', why: 'not-calculable' };
}

/**
 * Rate in the most deprived group over the rate in the least deprived, each events ÷ women (the
 * person-years cancel). Null when either count is 0 (no ratio or no interval) or 1–7 (withheld).
 */
export function rateRatio(most: GroupRate, least: GroupRate): RateRatio | null {
	if (isSuppressedCount(most.events) || isSuppressedCount(least.events)) return null;
	return ratioOfRates(
		{ events: most.events, personTime: most.women },
		{ events: least.events, personTime: least.women }
	);
}

/**
 * The SII of another measure across IMD groups (keys '1' = most deprived …), each weighted by its
 * denominator (fits or women), or by its count for a median: shares on the proportion scale
 * (per cent ÷ 100, back in per cent after), medians as they are ('other': the standard error from
 * the interval's width, which for an order-statistic interval is approximate). Withheld or not
 * calculable as for the rates, and when a share's interval touches 0 or 100 %.
 */
export function measureSlopeIndexOf(
	groups: readonly GroupEstimate[],
	valueType: SiiValueType
): IndexResult {
	if (groups.some((g) => g.counts.some(isSuppressedCount)))
		return { kind: 'none', why: 'withheld' };
	const scale = valueType === 'proportion' ? 100 : 1;
	const usable = groups.every(
		(g) =>
			g.numerator > 0 &&
			g.value !== null &&
			g.lower !== null &&
			g.upper !== null &&
			(valueType !== 'proportion' || (g.lower > 0 && g.upper < 100))
	);
	if (groups.length < 5 || !usable) return { kind: 'none', why: 'not-calculable' };
	const index = memoisedSii(
		groups.map((g) => ({
			quantile: Number(g.key),
			population: g.denominator ?? g.numerator,
			value: g.value! / scale,
			lowerCl: g.lower! / scale,
			upperCl: g.upper! / scale
		})),
		{ valueType, multiplier: scale, repetitions: SII_REPETITIONS, seed: 1 }
	);
	const finite = [index.sii, index.siiLower, index.siiUpper].every(Number.isFinite);
	return finite ? { kind: 'index', index } : { kind: 'none', why: 'not-calculable' };
}
