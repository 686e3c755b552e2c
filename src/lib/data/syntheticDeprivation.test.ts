import { describe, expect, it } from 'vitest';
import { assumedGapText, SYNTHETIC_MOST_TO_LEAST_DEPRIVED } from './syntheticDeprivation';

describe('the synthetic deprivation gradient', () => {
	it('sets requests lower in the most deprived quintile, the direction published for England', () => {
		expect(SYNTHETIC_MOST_TO_LEAST_DEPRIVED.contraceptive).toBeLessThan(1);
		expect(SYNTHETIC_MOST_TO_LEAST_DEPRIVED.gynaecological).toBeLessThan(1);
	});

	it('states each gap as the card writes it', () => {
		expect(assumedGapText('contraceptive')).toBe('33% lower'); // 1 − 2/3
		expect(assumedGapText('gynaecological')).toBe('18% lower'); // 1 − 0.82
	});
});
