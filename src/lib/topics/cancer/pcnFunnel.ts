/**
 * Referral rates by PCN per 100,000 women a year, with a funnel plot to spot outlying PCNs:
 * exact Poisson 95% and 99.8% limits around the ICB rate (PHEindicatormethods, as in
 * $lib/stats/funnels). The library gives each limit at whole numbers of events; the chart wants
 * the four limits at shared populations, so each limit curve is traced over events and then
 * interpolated at a grid of populations wide enough for the largest PCN.
 */
import {
	funnelAxis,
	pheRate,
	poissonFunnel,
	rateFunnelSignificance,
	type FunnelBand,
	type FunnelSignificance
} from '$lib/stats';
import type { UscPcnRow } from '$lib/queries/uscReferrals';

export const RATE_MULTIPLIER = 100_000;

/** Tail probabilities of the 95% ("2s") and 99.8% ("3s") limits, as the library uses them. */
const BANDS = [
	{ key: 'lower2s', tail: 0.025, side: 'high' },
	{ key: 'upper2s', tail: 0.025, side: 'low' },
	{ key: 'lower3s', tail: 0.001, side: 'high' },
	{ key: 'upper3s', tail: 0.001, side: 'low' }
] as const;

export interface PcnRate {
	pcn_code: string;
	pcn_name: string;
	locality: string;
	referrals: number;
	/** Estimated women registered (modelled, unrounded). */
	women: number;
	/** Per 100,000 women a year, with its 95% interval (exact under 10 events, else Byar's). */
	rate: number;
	lower: number | null;
	upper: number | null;
	significance: FunnelSignificance;
}

export interface PcnFunnel {
	rates: PcnRate[];
	/** The ICB rate: all referrals over all women, per 100,000 a year. */
	baseline: number;
	limits: (FunnelBand & { population: number })[];
	years: number;
}

function interpolate(curve: { x: number; y: number }[], x: number): number {
	const after = curve.findIndex((point) => point.x >= x);
	if (after <= 0) return curve[Math.max(after, 0)].y;
	const [a, b] = [curve[after - 1], curve[after]];
	return a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y);
}

/**
 * The four limits at `gridSize` populations from `from` to `to` women, for data pooled over
 * `years`, around `average` events per woman-year.
 */
export function rateFunnelBands(
	average: number,
	years: number,
	from: number,
	to: number,
	gridSize = 60
): (FunnelBand & { population: number })[] {
	// Enough events that even the upper 99.8% limit reaches the largest population.
	const maxEvents = Math.ceil(average * to * years * 1.5 + 30);
	const events = funnelAxis(1, maxEvents, 0);
	const curves = BANDS.map(({ tail, side }) =>
		events
			.map((e) => {
				const personYears = poissonFunnel(e, tail, side) / average;
				return { x: personYears / years, y: (e / personYears) * RATE_MULTIPLIER };
			})
			.sort((a, b) => a.x - b.x)
	);
	return Array.from({ length: gridSize }, (_, i) => {
		const population = from + ((to - from) * i) / (gridSize - 1);
		const [lower2s, upper2s, lower3s, upper3s] = curves.map((c) => interpolate(c, population));
		return { population, lower2s, upper2s, lower3s, upper3s };
	});
}

export function pcnFunnel(rows: readonly UscPcnRow[]): PcnFunnel {
	const years = (rows[0]?.months ?? 12) / 12;
	const rateRows = rows.map((row) => ({
		events: row.referrals,
		rate: (row.referrals / (row.women_registered * years)) * RATE_MULTIPLIER,
		denominator: row.women_registered * years
	}));
	const significance = rateFunnelSignificance(rateRows, {
		rateType: 'crude',
		multiplier: RATE_MULTIPLIER
	});
	const totalEvents = rows.reduce((s, r) => s + r.referrals, 0);
	const totalWomen = rows.reduce((s, r) => s + r.women_registered, 0);
	const average = totalEvents / (totalWomen * years);
	const populations = rows.map((r) => r.women_registered);
	return {
		years,
		baseline: average * RATE_MULTIPLIER,
		limits:
			rows.length === 0
				? []
				: rateFunnelBands(
						average,
						years,
						Math.min(...populations) * 0.8,
						Math.max(...populations) * 1.05
					),
		rates: rows.map((row, i) => {
			const ci = pheRate(row.referrals, row.women_registered * years, {
				multiplier: RATE_MULTIPLIER
			});
			return {
				pcn_code: row.pcn_code,
				pcn_name: row.pcn_name ?? row.pcn_code,
				locality: row.locality,
				referrals: row.referrals,
				women: row.women_registered,
				rate: rateRows[i].rate,
				lower: ci.lower,
				upper: ci.upper,
				significance: significance[i]
			};
		})
	};
}

/** "High (0.001)" → words for the table and readout. */
export function describeSignificance(significance: FunnelSignificance): string {
	switch (significance) {
		case 'High (0.001)':
			return 'Higher than average (outside the 99.8% limits)';
		case 'High (0.025)':
			return 'Higher than average (outside the 95% limits)';
		case 'Low (0.001)':
			return 'Lower than average (outside the 99.8% limits)';
		case 'Low (0.025)':
			return 'Lower than average (outside the 95% limits)';
		default:
			return 'Not significantly different';
	}
}
