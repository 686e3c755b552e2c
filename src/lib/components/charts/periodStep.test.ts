import { describe, expect, it } from 'vitest';
import { nextPeriodIndex } from './periodStep';

describe('nextPeriodIndex', () => {
	it('starts from the latest period and stays within the series', () => {
		expect(nextPeriodIndex('ArrowLeft', null, 5)).toBe(3);
		expect(nextPeriodIndex('ArrowRight', null, 5)).toBe(4);
		expect(nextPeriodIndex('ArrowLeft', 0, 5)).toBe(0);
		expect(nextPeriodIndex('Home', 3, 5)).toBe(0);
		expect(nextPeriodIndex('End', 0, 5)).toBe(4);
	});

	it('clears on Escape and ignores other keys and empty charts', () => {
		expect(nextPeriodIndex('Escape', 2, 5)).toBeNull();
		expect(nextPeriodIndex('a', 2, 5)).toBeUndefined();
		expect(nextPeriodIndex('ArrowLeft', null, 0)).toBeUndefined();
	});
});
