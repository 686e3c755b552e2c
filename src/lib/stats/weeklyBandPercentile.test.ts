import { describe, expect, it } from 'vitest';
import { percentileFromWeeklyBands, type WeeklyBand } from './weeklyBandPercentile';

const band = (weeksFrom: number, patients: number | null, weeksTo: number | null = weeksFrom + 1) =>
	({ weeksFrom, weeksTo, patients }) satisfies WeeklyBand;

describe('percentileFromWeeklyBands', () => {
	it('interpolates within the band holding the p × N-th patient', () => {
		// 10 patients: 4 in >0-1, 4 in >1-2, 2 in >2-3. Median target 5: 1 into the 4 of >1-2.
		const bands = [band(0, 4), band(1, 4), band(2, 2)];
		expect(percentileFromWeeklyBands(bands, 0.5)).toEqual({ kind: 'weeks', weeks: 1.25 });
		// 95th: target 9.5, 1.5 into the 2 of >2-3.
		expect(percentileFromWeeklyBands(bands, 0.95)).toEqual({ kind: 'weeks', weeks: 2.75 });
		// A target exactly at a band's end stays in that band: 40th = 4 → end of >0-1.
		expect(percentileFromWeeklyBands(bands, 0.4)).toEqual({ kind: 'weeks', weeks: 1 });
	});

	it('skips empty bands and ignores the order the bands come in', () => {
		const bands = [band(3, 1), band(0, 1), band(1, 0), band(2, 0)];
		// Target 1 of 2: the end of >0-1.
		expect(percentileFromWeeklyBands(bands, 0.5)).toEqual({ kind: 'weeks', weeks: 1 });
		expect(percentileFromWeeklyBands(bands, 0.75)).toEqual({ kind: 'weeks', weeks: 3.5 });
	});

	it('reports a percentile in the open top band as "at least"', () => {
		const bands = [band(103, 1), band(104, 3, null)];
		expect(percentileFromWeeklyBands(bands, 0.95)).toEqual({ kind: 'open', atLeastWeeks: 104 });
	});

	it('gives none when nobody waited or a band is not published', () => {
		expect(percentileFromWeeklyBands([band(0, 0)], 0.5)).toEqual({ kind: 'none' });
		expect(percentileFromWeeklyBands([band(0, 5), band(1, null)], 0.5)).toEqual({ kind: 'none' });
		expect(() => percentileFromWeeklyBands([band(0, 5)], 1)).toThrow();
	});
});
