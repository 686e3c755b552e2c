import { describe, expect, it } from 'vitest';
import { rateFunnelLimits } from '$lib/stats';
import type { UscPcnRow } from '$lib/queries/uscReferrals';
import { pcnFunnel, rateFunnelBands } from './pcnFunnel';

const pcn = (code: string, referrals: number, women: number, months = 12): UscPcnRow => ({
	pcn_code: code,
	pcn_name: `PCN ${code}`,
	locality: 'Mid Essex',
	referrals,
	women_registered: women,
	months
});

describe('pcnFunnel', () => {
	it('gives each PCN its rate per 100,000 women a year and the ICB baseline', () => {
		const funnel = pcnFunnel([pcn('U1', 10, 1000), pcn('U2', 30, 2000)]);
		expect(funnel.rates.map((r) => r.rate)).toEqual([1000, 1500]);
		// 40 referrals for 3,000 women: 1,333.3 per 100,000.
		expect(funnel.baseline).toBeCloseTo(1333.333, 3);
		// Six months of data: rates are annualised.
		expect(pcnFunnel([pcn('U1', 10, 1000, 6)]).rates[0].rate).toBe(2000);
	});

	it('flags a PCN far above the others outside the 99.8% limits', () => {
		const rows = [
			pcn('A', 200, 20000),
			pcn('B', 210, 20000),
			pcn('C', 190, 20000),
			pcn('D', 205, 20000),
			pcn('E', 400, 20000)
		];
		const funnel = pcnFunnel(rows);
		// Average 1,205 / 100,000 woman-years: 241 expected per PCN. Byar's limits by hand:
		// 200 → 95% upper ≈ 229.6, 99.8% upper ≈ 245.6, so low at 95% only;
		// 190 → 99.8% upper = 191 × (1 − 1/1719 + 3.09/(3√191))³ ≈ 236.6: low at 99.8%;
		// 400 → 99.8% lower = 400 × (1 − 1/3600 − 3.09/60)³ ≈ 341: high at 99.8%.
		const [a, , c, , e] = funnel.rates.map((r) => r.significance);
		expect([a, c, e]).toEqual(['Low (0.025)', 'Low (0.001)', 'High (0.001)']);
		// Every limit brackets the baseline at every population, 99.8% outside 95%.
		for (const band of funnel.limits) {
			expect(band.lower3s).toBeLessThan(band.lower2s);
			expect(band.lower2s).toBeLessThan(funnel.baseline);
			expect(band.upper2s).toBeGreaterThan(funnel.baseline);
			expect(band.upper3s).toBeGreaterThan(band.upper2s);
		}
		expect(funnel.limits[funnel.limits.length - 1].population).toBeCloseTo(21000, 6);
	});
});

describe('rateFunnelBands', () => {
	it('matches the library’s limits where the library gives them', () => {
		const rows = [
			{ events: 150, rate: 1000, denominator: 15000 },
			{ events: 330, rate: 1100, denominator: 30000 }
		];
		const library = rateFunnelLimits(rows, {
			rateType: 'crude',
			multiplier: 100000,
			yearsOfData: 1
		});
		const average = 480 / 45000;
		for (const point of library.points.filter((p) => p.events > 20 && p.events % 7 === 0)) {
			for (const band of ['lower3s', 'upper3s', 'lower2s', 'upper2s'] as const) {
				const population = point[`${band}Population1Year`];
				const [ours] = rateFunnelBands(average, 1, population, population + 1, 2);
				expect(ours[band] / point[band], `${band} at ${point.events} events`).toBeCloseTo(1, 3);
			}
		}
	});
});
