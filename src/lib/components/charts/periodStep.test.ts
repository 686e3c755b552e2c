import { describe, expect, it } from 'vitest';
import { nextPeriodIndex } from './periodStep';

describe('nextPeriodIndex', () => {
	it('moves to the next point on Right and Up, and the previous on Left and Down', () => {
		// From the first bar, Right is the second bar (it used to jump to the last one).
		expect(nextPeriodIndex('ArrowRight', 0, 5)).toBe(1);
		expect(nextPeriodIndex('ArrowUp', 0, 5)).toBe(1);
		expect(nextPeriodIndex('ArrowLeft', 2, 5)).toBe(1);
		expect(nextPeriodIndex('ArrowDown', 2, 5)).toBe(1);
	});

	it('stays within the chart and goes to the ends on Home and End', () => {
		expect(nextPeriodIndex('ArrowLeft', 0, 5)).toBe(0);
		expect(nextPeriodIndex('ArrowDown', 0, 5)).toBe(0);
		expect(nextPeriodIndex('ArrowRight', 4, 5)).toBe(4);
		expect(nextPeriodIndex('Home', 3, 5)).toBe(0);
		expect(nextPeriodIndex('End', 0, 5)).toBe(4);
		// A point beyond a chart that has since shrunk steps from its last point.
		expect(nextPeriodIndex('ArrowLeft', 9, 5)).toBe(3);
	});

	it('hides the readout on Escape and ignores other keys and empty charts', () => {
		expect(nextPeriodIndex('Escape', 2, 5)).toBeNull();
		expect(nextPeriodIndex('a', 2, 5)).toBeUndefined();
		expect(nextPeriodIndex('ArrowLeft', 0, 0)).toBeUndefined();
	});
});
