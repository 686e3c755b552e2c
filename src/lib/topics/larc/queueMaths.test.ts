import { describe, expect, it } from 'vitest';
import { queueMaths } from './queueMaths';

describe('queueMaths', () => {
	it('follows the NHSRwaitinglist vignette numbers (demand 30, capacity 27, queue 1200, target 52, factor 4)', () => {
		const result = queueMaths({
			demandPerWeek: 30,
			capacityPerWeek: 27,
			queueSize: 1200,
			meanWaitWeeks: 63,
			targetWaitWeeks: 52,
			factor: 4,
			weeksToClear: 26
		});
		expect(result.load).toBeCloseTo(30 / 27, 12);
		expect(result.targetQueue).toBe(390);
		expect(result.reliefNeeded).toBe(true); // 1200 > 2 × 390
		expect(result.reliefCapacity).toBeCloseTo(30 + (1200 - 390) / 26, 12);
		expect(result.extraPerWeek).toBeCloseTo(30 + (1200 - 390) / 26 - 27, 12);
		expect(result.pressure).toBeCloseTo((2 * 63) / 52, 12);
	});

	it('sizes the list for a 92 % aim with the factor −ln(0.08) = 2.5257', () => {
		const result = queueMaths({
			demandPerWeek: 10,
			capacityPerWeek: 9,
			queueSize: 150,
			meanWaitWeeks: 12,
			targetWaitWeeks: 18,
			factor: 2.5257286443,
			weeksToClear: 26
		});
		// 10 × 18 ÷ 2.5257 = 71.27; 150 is more than twice that, so relief is needed.
		expect(result.targetQueue).toBeCloseTo(71.2666, 4);
		expect(result.reliefNeeded).toBe(true);
		// 10 + (150 − 71.2666) ÷ 26 = 13.0282; minus the 9 a week now leaving the list.
		expect(result.extraPerWeek).toBeCloseTo(4.0282, 4);
		// Kingman with both CVs 1: 10 + 2.5257 ÷ 18 = 10.1403.
		expect(result.targetCapacity).toBeCloseTo(10.1403, 4);
	});

	it('needs no relief for a short list and says nothing it cannot know', () => {
		const result = queueMaths({
			demandPerWeek: 10,
			capacityPerWeek: 0,
			queueSize: 20,
			meanWaitWeeks: null,
			targetWaitWeeks: 18,
			factor: 4,
			weeksToClear: 0
		});
		expect(result.targetQueue).toBe(45);
		expect(result.reliefNeeded).toBe(false);
		expect(result.load).toBeNull();
		expect(result.reliefCapacity).toBeNull();
		expect(result.pressure).toBeNull();
	});
});
