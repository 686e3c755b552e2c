import { describe, expect, it } from 'vitest';
import { fitCircuity } from './circuityFit';

describe('fitCircuity', () => {
	it('recovers a known ratio exactly when every road is 1.3 × the straight line', () => {
		const pairs = [0.5, 1, 2, 4, 8].map((km) => ({ straightKm: km, roadKm: 1.3 * km }));
		const fit = fitCircuity(pairs);
		expect(fit.factor).toBeCloseTo(1.3, 12);
		expect(fit.r2).toBeCloseTo(1, 12);
		expect(fit.rmseKm).toBeCloseTo(0, 12);
		expect(fit.linear.slope).toBeCloseTo(1.3, 12);
		expect(fit.linear.intercept).toBeCloseTo(0, 12);
	});

	it('shows a ratio falling with distance when roads add a fixed detour', () => {
		// road = 0.5 + 1.2 × straight at 1, 2 and 3 km: 1.7, 2.9, 4.1 km.
		const pairs = [1, 2, 3].map((km) => ({ straightKm: km, roadKm: 0.5 + 1.2 * km }));
		const fit = fitCircuity(pairs, [2]);
		// Σxy ÷ Σx² = (1.7 + 5.8 + 12.3) ÷ 14 = 19.8 ÷ 14
		expect(fit.factor).toBeCloseTo(19.8 / 14, 12);
		expect(fit.linear.intercept).toBeCloseTo(0.5, 12);
		expect(fit.linear.slope).toBeCloseTo(1.2, 12);
		expect(fit.linear.r2).toBeCloseTo(1, 12);
		// Under 2 km: 1.7 ÷ 1; from 2 km: (2.9 + 4.1) ÷ (2 + 3) = 1.4.
		expect(fit.bands).toEqual([
			{ fromKm: 0, toKm: 2, pairs: 1, ratio: expect.closeTo(1.7, 12) },
			{ fromKm: 2, toKm: null, pairs: 2, ratio: expect.closeTo(1.4, 12) }
		]);
		// Residuals road − factor × straight: 1.7 − 1.4143, 2.9 − 2.8286, 4.1 − 4.2429.
		expect(fit.residualKm.p50).toBeCloseTo(2.9 - (2 * 19.8) / 14, 12);
	});

	it('refuses fewer than two pairs', () => {
		expect(() => fitCircuity([{ straightKm: 1, roadKm: 1.4 }])).toThrow(/two pairs/);
	});
});
