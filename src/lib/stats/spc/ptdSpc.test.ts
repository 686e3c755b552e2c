import { describe, expect, it } from 'vitest';
import { ptdSpc } from './index';
import type { ImprovementDirection } from './types';
import { expectClose, readVectors } from '../testVectors';

// spc_full_series.json: labels exact; limits stored to 15 significant digits, checked at 1e-12.
const REL = 1e-12;

interface Series {
	name: string;
	inputs: {
		y: number[];
		improvement_direction: ImprovementDirection;
		target: number | null;
		screen_outliers: boolean | null;
		fix_after_n_points: number | null;
		rebase_at: number[] | null;
	};
	expected: {
		per_point: {
			rebase_group: number;
			mean: number;
			lpl: number;
			upl: number;
			special_cause_type: string;
			point_type: string;
		}[];
		assurance_type: string | null;
		variation_icon_last_point: string;
		short_group_warning: boolean;
	};
}

const { series } = readVectors<{ series: Series[] }>('spc_full_series.json');

// A null option in the file means the R default was used.
const run = ({ inputs }: Series) =>
	ptdSpc(inputs.y, {
		improvementDirection: inputs.improvement_direction,
		target: inputs.target,
		screenOutliers: inputs.screen_outliers ?? true,
		fixAfterNPoints: inputs.fix_after_n_points,
		rebase: inputs.rebase_at ?? []
	});

describe.each(series)('$name', (s) => {
	const result = run(s);
	const expected = s.expected;

	it('special-cause type and point type of every point', () => {
		expect(result.points.map((p) => p.specialCauseType)).toEqual(
			expected.per_point.map((p) => p.special_cause_type)
		);
		expect(result.points.map((p) => p.pointType)).toEqual(
			expected.per_point.map((p) => p.point_type)
		);
	});

	it('rebase group and limits of every point', () => {
		expected.per_point.forEach((e, i) => {
			const p = result.points[i];
			expect(p.rebaseGroup).toBe(e.rebase_group);
			expectClose(p.mean, e.mean, REL);
			expectClose(p.lpl, e.lpl, REL);
			expectClose(p.upl, e.upl, REL);
		});
	});

	it('assurance, variation icon and short-group warning', () => {
		expect(result.assurance).toBe(expected.assurance_type);
		expect(result.variationIcon).toBe(expected.variation_icon_last_point);
		expect(result.shortGroupWarning).toBe(expected.short_group_warning);
	});
});

describe('ptdSpc options', () => {
	const y = series.find((s) => s.name === 'rebase_after_12')!.inputs.y;
	const dates = y.map((_, i) => new Date(Date.UTC(2023, i, 1)).toISOString().slice(0, 10));

	it('rebases at a date as at the matching index', () => {
		const byDate = ptdSpc(y, { dates, rebase: [dates[12]] });
		const byIndex = ptdSpc(y, { rebase: [12] });
		expect(byDate.points.map((p) => p.upl)).toEqual(byIndex.points.map((p) => p.upl));
		expect(byDate.points[12].date).toBe(dates[12]);
	});

	it('throws rather than guessing on bad input', () => {
		expect(() => ptdSpc([])).toThrow();
		expect(() => ptdSpc([1, Number.NaN])).toThrow();
		expect(() => ptdSpc(y, { fixAfterNPoints: 11 })).toThrow();
		expect(() => ptdSpc(y, { dates, rebase: ['1999-01-01'] })).toThrow();
		expect(() => ptdSpc([1, 2], { dates: ['2024-02-01', '2024-01-01'] })).toThrow();
	});
});
