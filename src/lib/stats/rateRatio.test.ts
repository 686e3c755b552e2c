import { describe, expect, it } from 'vitest';
import { rateRatio } from './rateRatio';

describe('rate ratio with its 95% interval', () => {
	it('matches a hand-worked ratio: 40 per 1,000 over 20 per 1,000', () => {
		// ln 2 ± 1.959964 × √(1/40 + 1/20) = ln 2 ± 0.536762: 2 ÷ 1.710459 and 2 × 1.710459.
		const r = rateRatio({ events: 40, personTime: 1000 }, { events: 20, personTime: 1000 })!;
		expect(r.ratio).toBe(2);
		expect(r.lower).toBeCloseTo(1.169281, 5);
		expect(r.upper).toBeCloseTo(3.420906, 5);
	});

	it('divides rates, not counts, when the person-time differs', () => {
		// (30 / 1,500) ÷ (12 / 2,000) = 0.02 ÷ 0.006 = 3.3333; spread 1.959964 × √(1/30 + 1/12) = 0.669592.
		const r = rateRatio({ events: 30, personTime: 1500 }, { events: 12, personTime: 2000 })!;
		expect(r.ratio).toBeCloseTo(3.333333, 5);
		expect(r.lower).toBeCloseTo(1.706625, 5);
		expect(r.upper).toBeCloseTo(6.510576, 5);
	});

	it('gives no ratio when either group has no events', () => {
		expect(rateRatio({ events: 0, personTime: 10 }, { events: 5, personTime: 10 })).toBeNull();
		expect(rateRatio({ events: 5, personTime: 10 }, { events: 0, personTime: 10 })).toBeNull();
	});
});
