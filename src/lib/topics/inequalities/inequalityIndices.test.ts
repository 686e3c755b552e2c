import { describe, expect, it } from 'vitest';
import { pheRate } from '$lib/stats/confidenceIntervals';
import { sii } from '$lib/stats/sii';
import type { GroupRate } from './groupRates';
import { measureSlopeIndexOf, rateRatio, slopeIndexOf, SII_REPETITIONS } from './inequalityIndices';

function group(key: string, events: number, women: number): GroupRate {
	const r = pheRate(events, women, { multiplier: 1000 });
	const crude = { value: r.value, lower: r.lower, upper: r.upper };
	return { key, name: key, events, women, crude, standardised: crude, bands: [] };
}

// Quintile 1 (most deprived) has twice the rate of quintile 5.
const QUINTILES = [
	group('1', 80, 2000),
	group('2', 70, 2000),
	group('3', 60, 2000),
	group('4', 50, 2000),
	group('5', 40, 2000)
];

describe('slopeIndexOf', () => {
	it('is the statistics library SII of the same rates, intervals and women', () => {
		const expected = sii(
			QUINTILES.map((q) => ({
				quantile: Number(q.key),
				population: q.women,
				value: q.crude.value,
				lowerCl: q.crude.lower,
				upperCl: q.crude.upper
			})),
			{ valueType: 'rate', repetitions: 10_000, seed: 1 }
		);
		expect(slopeIndexOf(QUINTILES)).toEqual({ kind: 'index', index: expected });
	});

	it('falls by 25 per 1,000 from the most to the least deprived end', () => {
		// Rates 40, 35, 30, 25, 20 per 1,000 at midpoints 0.1 … 0.9: slope −25 per unit.
		const result = slopeIndexOf(QUINTILES);
		expect(result.kind === 'index' && result.index.sii).toBeCloseTo(-25, 10);
		// RII: fitted rate at the least deprived end (17.5) over the most deprived end (42.5).
		expect(result.kind === 'index' && result.index.rii).toBeCloseTo(17.5 / 42.5, 10);
	});

	it('is withheld when a quintile has 1 to 7 events, and not calculable with none', () => {
		expect(slopeIndexOf([...QUINTILES.slice(0, 4), group('5', 7, 2000)])).toEqual({
			kind: 'none',
			why: 'withheld'
		});
		expect(slopeIndexOf([...QUINTILES.slice(0, 4), group('5', 0, 2000)])).toEqual({
			kind: 'none',
			why: 'not-calculable'
		});
		expect(slopeIndexOf(QUINTILES.slice(0, 4))).toEqual({ kind: 'none', why: 'not-calculable' });
	});
});

describe('rateRatio', () => {
	it('has a 95% interval from the Poisson variance of the log rate ratio', () => {
		// RR = (40 / 1,000) / (20 / 1,000) = 2; se = √(1/40 + 1/20) = 0.2738613;
		// 2 × exp(∓1.959964 × 0.2738613) = 1.16927 and 3.42093.
		const rr = rateRatio(group('1', 40, 1000), group('5', 20, 1000));
		expect(rr?.ratio).toBeCloseTo(2, 12);
		expect(rr?.lower).toBeCloseTo(1.16927, 4);
		expect(rr?.upper).toBeCloseTo(3.42093, 4);
	});

	it('is withheld for 1 to 7 events and absent for none', () => {
		expect(rateRatio(group('1', 40, 1000), group('5', 5, 1000))).toBeNull();
		expect(rateRatio(group('1', 0, 1000), group('5', 20, 1000))).toBeNull();
	});
});

describe('measureSlopeIndexOf', () => {
	// Shares of fits in the community by quintile: 30, 40, 50, 60 and 70 of 100 each.
	const groups = [30, 40, 50, 60, 70].map((n, i) => ({
		key: String(i + 1),
		name: String(i + 1),
		numerator: n,
		denominator: 100,
		counts: [n, 100 - n, 100],
		value: n,
		lower: n - 9,
		upper: n + 9
	}));

	it('equals the statistics library’s SII on the same shares, in percentage points', () => {
		const result = measureSlopeIndexOf(groups, 'proportion');
		const direct = sii(
			groups.map((g) => ({
				quantile: Number(g.key),
				population: 100,
				value: g.value / 100,
				lowerCl: g.lower / 100,
				upperCl: g.upper / 100
			})),
			{ valueType: 'proportion', multiplier: 100, repetitions: SII_REPETITIONS, seed: 1 }
		);
		expect(result).toEqual({ kind: 'index', index: direct });
		// Equal quintiles, a straight line from 30% to 70%: 10 points a fifth, 50 from end to end.
		expect(direct.sii).toBeCloseTo(50, 10);
	});

	it('is withheld when a count is 1–7 and not calculable at the end of the scale', () => {
		const withheld = groups.map((g, i) => (i === 2 ? { ...g, counts: [5, 95, 100] } : g));
		expect(measureSlopeIndexOf(withheld, 'proportion')).toEqual({ kind: 'none', why: 'withheld' });
		const full = groups.map((g, i) => (i === 4 ? { ...g, upper: 100 } : g));
		expect(measureSlopeIndexOf(full, 'proportion')).toEqual({
			kind: 'none',
			why: 'not-calculable'
		});
	});
});
