import { describe, expect, it } from 'vitest';
import { pcnFunnel, shareWithInterval } from './communityShare';
import { wilsonLower, wilsonUpper } from '$lib/stats/confidenceIntervals';

describe('community share', () => {
	it('gives the share with its Wilson interval from unrounded counts', () => {
		expect(shareWithInterval(65, 100)).toEqual({
			community: 65,
			all: 100,
			share: 0.65,
			lower: wilsonLower(65, 100),
			upper: wilsonUpper(65, 100)
		});
		// PHEindicatormethods test_BW: 65 of 100 at 95 %.
		expect(shareWithInterval(65, 100)?.lower).toBeCloseTo(0.55254443296888, 12);
		expect(shareWithInterval(0, 0)).toBeNull();
	});

	it('flags a PCN far above the ICB average on the funnel', () => {
		const funnel = pcnFunnel([
			{ pcn_code: 'U1', pcn_name: 'A', locality: 'Thurrock', community_fits: 95, all_fits: 100 },
			{ pcn_code: 'U2', pcn_name: 'B', locality: 'Thurrock', community_fits: 40, all_fits: 100 },
			{ pcn_code: 'U3', pcn_name: 'C', locality: 'Mid Essex', community_fits: 45, all_fits: 100 },
			{ pcn_code: 'U4', pcn_name: 'D', locality: 'Mid Essex', community_fits: 0, all_fits: 0 }
		]);
		expect(funnel?.pcns.map((p) => p.pcnCode)).toEqual(['U1', 'U2', 'U3']);
		expect(funnel?.pcns[0].significance).toBe('High (0.001)');
		expect(funnel?.limits.baseline).toBeCloseTo(180 / 300, 12);
	});
});
