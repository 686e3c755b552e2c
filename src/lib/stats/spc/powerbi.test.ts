import { describe, expect, it } from 'vitest';
import { iChartLimits, runFlags, twoInThreeBeyondWarningLimits } from './powerbi';
import { shiftEnds, trendEnds } from './rules';
import { readVectors } from '../testVectors';

// spc_powerbi_spc_alternative.json: PowerBI-SPC's own unit tests. Limits use its toBeCloseTo(x, 4),
// i.e. |difference| < 0.5e-4; flags are exact. Shift and trend run through the MDC rule helpers
// with PowerBI's run lengths (its shift/trend semantics are MDC's with a different n).

interface PowerBiFile {
	i_chart_ratio: {
		numerators: number[];
		denominators: number[];
		expected_4dp_all_points: { ul99: number; ul95: number; ll95: number; ll99: number };
	};
	shift: { cases: { val: number[]; targets: number[]; n: number; expected: string[] }[] };
	trend: { cases: { val: number[]; n: number; expected: string[] }[] };
	two_in_three: {
		cases: {
			val: number[];
			ll95: number[];
			ul95: number[];
			highlight_series: boolean;
			expected: string[];
		}[];
	};
}

const file = readVectors<PowerBiFile>('spc_powerbi_spc_alternative.json');

describe('PowerBI-SPC I chart on ratios (i.test.ts)', () => {
	const { numerators, denominators, expected_4dp_all_points } = file.i_chart_ratio;
	const limits = iChartLimits(numerators, denominators);
	it.each(Object.entries(expected_4dp_all_points))('%s', (field, expected) => {
		const actual = limits[field as keyof typeof expected_4dp_all_points];
		expect(actual).toBeCloseTo(expected, 4);
	});
});

describe('PowerBI-SPC shift (shift.test.ts) via shiftEnds with length n', () => {
	it.each(file.shift.cases)('$val vs $targets, n=$n', (c) => {
		const side = c.val.map((v, i) => Math.sign(v - c.targets[i]));
		const signedEnds = shiftEnds(side, c.n).map((end, i) => end * side[i]);
		expect(runFlags(signedEnds, c.n)).toEqual(c.expected);
	});
});

describe('PowerBI-SPC trend (trend.test.ts) via trendEnds with length n', () => {
	it.each(file.trend.cases)('$val, n=$n', (c) => {
		expect(runFlags(trendEnds(c.val, c.n), c.n)).toEqual(c.expected);
	});
});

describe('PowerBI-SPC two-in-three (twoInThree.test.ts)', () => {
	it.each(file.two_in_three.cases)('$val', (c) => {
		expect(twoInThreeBeyondWarningLimits(c.val, c.ll95, c.ul95, c.highlight_series)).toEqual(
			c.expected
		);
	});
});
