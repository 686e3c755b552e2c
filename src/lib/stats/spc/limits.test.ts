import { describe, expect, it } from 'vitest';
import { xmrLimits, pointFlags } from './limits';
import { specialCauseTypes } from './rules';
import { expectClose, readVectors } from '../testVectors';

// spc_xmr_limits.json. Limits: 1e-12 relative (the Python port asserts exact doubles).
// R snapshot: 7 significant figures as printed. Vignette captions: 2 decimal places.
const REL = 1e-12;

type Limits = { mean: number; lpl: number; upl: number };
interface LimitCase {
	name: string;
	values: number[];
	expected: Limits & { nlpl: number; nupl: number };
}
interface PandasCase {
	values: number[];
	fix_after_n_points: number | null;
	expected: Limits & {
		outside_limits: boolean[];
		relative_to_mean: number[];
		close_to_limits: boolean[];
		special_cause_flag: boolean[];
	};
}
interface SnapshotCase {
	name: string;
	values: number[];
	screen_outliers: boolean;
	expected_snapshot: Limits;
	expected_full_precision_by_running_reference: Limits;
}
interface LimitsFile {
	limit_cases: { cases: LimitCase[] };
	pandas_spc_x_calc_cases: { cases: PandasCase[] };
	r_snapshot_rnorm_seed123: { cases: SnapshotCase[] };
	deviations_vignette: { values: number[]; expected_2dp: Record<string, Limits> };
}

const file = readVectors<LimitsFile>('spc_xmr_limits.json');
const fields = ['mean', 'lpl', 'upl'] as const;

describe('XmR limits, nhspy-plotthedots test_limits_calculations (screened)', () => {
	it.each(file.limit_cases.cases)('$name', (c) => {
		const limits = xmrLimits(c.values);
		for (const field of [...fields, 'nlpl', 'nupl'] as const) {
			expectClose(limits[field], c.expected[field], REL);
		}
	});
});

describe('XmR limits and flags, nhspy-plotthedots test_pandas_spc_x_calc', () => {
	// The Python port allows fix_after_n_points < 12, so these call the group-level functions.
	it.each(file.pandas_spc_x_calc_cases.cases)('$values (fix after $fix_after_n_points)', (c) => {
		const limits = xmrLimits(c.values, { fixAfterNPoints: c.fix_after_n_points });
		for (const field of fields) expectClose(limits[field], c.expected[field], REL);
		const flags = pointFlags(c.values, limits);
		expect(flags.outsideLimits).toEqual(c.expected.outside_limits);
		expect(flags.relativeToMean).toEqual(c.expected.relative_to_mean);
		expect(flags.closeToLimits).toEqual(c.expected.close_to_limits);
		const types = specialCauseTypes(
			c.values,
			flags.relativeToMean,
			flags.closeToLimits,
			flags.outsideLimits
		);
		expect(types.map((t) => t !== 'Common Cause')).toEqual(c.expected.special_cause_flag);
	});
});

describe('NHSRplotthedots snapshot, set.seed(123); rnorm(20)', () => {
	it.each(file.r_snapshot_rnorm_seed123.cases)('$name: snapshot to 7 significant figures', (c) => {
		const limits = xmrLimits(c.values, { screenOutliers: c.screen_outliers });
		for (const field of fields) {
			expect(Number(limits[field].toPrecision(7))).toBe(c.expected_snapshot[field]);
		}
	});
	it.each(file.r_snapshot_rnorm_seed123.cases)('$name: full precision (RAN-REF)', (c) => {
		const limits = xmrLimits(c.values, { screenOutliers: c.screen_outliers });
		for (const field of fields) {
			expectClose(limits[field], c.expected_full_precision_by_running_reference[field], REL);
		}
	});
});

describe('NHSRplotthedots deviations vignette (figure captions, 2 d.p.)', () => {
	const { values, expected_2dp } = file.deviations_vignette;
	it.each(Object.entries(expected_2dp))('%s', (setting, expected) => {
		const limits = xmrLimits(values, {
			screenOutliers: setting.startsWith('screen_outliers_TRUE')
		});
		for (const field of fields) expect(Number(limits[field].toFixed(2))).toBe(expected[field]);
	});
});

describe('XmR limits edge cases', () => {
	it('keeps a flat series on its mean instead of R NaN limits', () => {
		expect(xmrLimits([4, 4, 4, 4])).toMatchObject({ mean: 4, lpl: 4, upl: 4 });
	});
	it('rejects an empty series and a fix point below 1', () => {
		expect(() => xmrLimits([])).toThrow();
		expect(() => xmrLimits([1, 2, 3], { fixAfterNPoints: 0 })).toThrow();
	});
});
