import { describe, expect, it } from 'vitest';
import { queueMaths } from './queueMaths';

describe('queueMaths', () => {
	it('follows the NHSRwaitinglist vignette numbers (demand 30, capacity 27, queue 1200, target 52)', () => {
		const result = queueMaths({
			demandPerWeek: 30,
			capacityPerWeek: 27,
			queueSize: 1200,
			meanWaitWeeks: 63,
			targetWaitWeeks: 52,
			weeksToClear: 26
		});
		expect(result.load).toBeCloseTo(30 / 27, 12);
		expect(result.targetQueue).toBe(390);
		expect(result.reliefNeeded).toBe(true); // 1200 > 2 × 390
		expect(result.reliefCapacity).toBeCloseTo(30 + (1200 - 390) / 26, 12);
		expect(result.extraFitsPerWeek).toBeCloseTo(30 + (1200 - 390) / 26 - 27, 12);
		expect(result.pressure).toBeCloseTo((2 * 63) / 52, 12);
	});

	it('needs no relief for a short list and says nothing it cannot know', () => {
		const result = queueMaths({
			demandPerWeek: 10,
			capacityPerWeek: 0,
			queueSize: 20,
			meanWaitWeeks: null,
			targetWaitWeeks: 18,
			weeksToClear: 0
		});
		expect(result.targetQueue).toBe(45);
		expect(result.reliefNeeded).toBe(false);
		expect(result.load).toBeNull();
		expect(result.reliefCapacity).toBeNull();
		expect(result.pressure).toBeNull();
	});
});
