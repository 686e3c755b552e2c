/** The attacks in tests/support/recoverSuppressed.ts do recover counts when figures leak them. */
import { describe, expect, it } from 'vitest';
import { wilsonLower, wilsonUpper } from '../../src/lib/stats/confidenceIntervals';
import {
	recoverFromRate,
	recoverFromShareAndInterval,
	recoverFromWeeklyFlow
} from '../support/recoverSuppressed';

const pct = (p: number) => (p * 100).toFixed(1);

describe('attacks on withheld counts', () => {
	it('recover 3 of 40 from a share and its Wilson interval, unless the share is withheld', () => {
		const leaky = {
			community_fits: '*',
			all_fits: '40',
			share: pct(3 / 40),
			lower: pct(wilsonLower(3, 40)),
			upper: pct(wilsonUpper(3, 40))
		};
		const columns = { share: 'share', lower: 'lower', upper: 'upper' };
		expect(recoverFromShareAndInterval([leaky], columns)[0]?.recovered).toBe(3);
		const safe = { ...leaky, share: '*', lower: '*', upper: '*' };
		expect(recoverFromShareAndInterval([safe], columns)).toEqual([]);
	});

	it('recover 5 waiting from a rate per 1,000 and its population', () => {
		const leaky = { waiting: '*', rate: ((5 * 1000) / 2400).toFixed(1), women: '2400' };
		expect(recoverFromRate([leaky], { rate: 'rate', population: 'women' })[0]?.recovered).toBe(5);
		expect(
			recoverFromRate([{ ...leaky, rate: '*' }], { rate: 'rate', population: 'women' })
		).toEqual([]);
	});

	it('recover 4 requests from a weekly average over 13 weeks', () => {
		const leaky = { queue_size: '*', demand_per_week: (4 / 13).toFixed(1) };
		expect(recoverFromWeeklyFlow([leaky], ['demand_per_week'], 13)[0]?.recovered).toBe(4);
		// A row with nothing withheld is not attacked.
		expect(
			recoverFromWeeklyFlow([{ ...leaky, queue_size: '10' }], ['demand_per_week'], 13)
		).toEqual([]);
	});
});
