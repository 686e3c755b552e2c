import { describe, expect, it } from 'vitest';
import {
	classifySpecialCause,
	partOfRun,
	partOfTwoOfThree,
	shiftEnds,
	trendEnds,
	twoOfThreeWindows
} from './rules';
import { assuranceType } from './pointTypes';
import type { ImprovementDirection } from './types';
import { readVectors } from '../testVectors';

// spc_rule_helpers.json: NHSRplotthedots test-ptd_calculate_point_type.R and
// test-ptd_calculate_assurance_type.R, all exact.

interface IoCase {
	input: number[];
	expected: number[];
}
interface TwoInThreeCase {
	close: number[];
	rtm: number[];
	expected: number[];
}
interface PriorityCase {
	y: number[];
	relative_to_mean: number[];
	outside_limits: number[];
	mocked_part_of_seven_trend: number[];
	mocked_part_of_seven_one_side: number[];
	mocked_part_of_two_in_three: number[];
	expected: string[];
}
interface AssuranceCase {
	improvement_direction: ImprovementDirection;
	target: number | null;
	lpl: number[];
	upl: number[];
	expected: (string | null)[];
}
interface RulesFile {
	seven_point_one_side_mean: { cases: IoCase[] };
	part_of_seven_trend: { cases: IoCase[] };
	seven_point_trend: { cases: IoCase[] };
	two_in_three: { cases: TwoInThreeCase[] };
	part_of_two_in_three: { cases: TwoInThreeCase[] };
	special_cause_type_priority: { case: PriorityCase };
	assurance_type: { cases: AssuranceCase[] };
}

const file = readVectors<RulesFile>('spc_rule_helpers.json');

describe('shiftEnds = ptd_seven_point_one_side_mean', () => {
	it.each(file.seven_point_one_side_mean.cases)('$input', (c) => {
		expect(shiftEnds(c.input)).toEqual(c.expected);
	});
});

describe('partOfRun = ptd_part_of_seven_trend', () => {
	it.each(file.part_of_seven_trend.cases)('$input', (c) => {
		expect(partOfRun(c.input)).toEqual(c.expected);
	});
});

describe('trendEnds = ptd_seven_point_trend', () => {
	it.each(file.seven_point_trend.cases)('$input', (c) => {
		expect(trendEnds(c.input)).toEqual(c.expected);
	});
});

describe('twoOfThreeWindows = ptd_two_in_three', () => {
	it.each(file.two_in_three.cases)('close $close, rtm $rtm', (c) => {
		expect(twoOfThreeWindows(c.close, c.rtm)).toEqual(c.expected);
	});
});

describe('partOfTwoOfThree = ptd_part_of_two_in_three(ptd_two_in_three(...))', () => {
	it.each(file.part_of_two_in_three.cases)('close $close, rtm $rtm', (c) => {
		expect(partOfTwoOfThree(twoOfThreeWindows(c.close, c.rtm), c.close)).toEqual(c.expected);
	});
});

describe('special-cause precedence (R test mocks the helpers)', () => {
	const c = file.special_cause_type_priority.case;
	it('outside limits > trend > two of three > shift > common cause', () => {
		const types = classifySpecialCause({
			y: c.y,
			relativeToMean: c.relative_to_mean,
			outsideLimits: c.outside_limits,
			partOfTrend: c.mocked_part_of_seven_trend,
			partOfTwoOfThree: c.mocked_part_of_two_in_three,
			partOfShift: c.mocked_part_of_seven_one_side
		});
		expect(types).toEqual(c.expected);
	});
});

describe('assurance type (last row per facet)', () => {
	it.each(file.assurance_type.cases)('$improvement_direction, target $target', (c) => {
		const result = c.lpl.map((lpl, i) =>
			assuranceType(c.target, lpl, c.upl[i], c.improvement_direction)
		);
		expect(result).toEqual(c.expected);
	});
});
