import { describe, expect, it } from 'vitest';
import {
	FINGERTIPS_CLASSIC_COLOURS,
	FINGERTIPS_CLASSIC_QUINTILES,
	FINGERTIPS_NEXT_COLOURS,
	FINGERTIPS_NEXT_QUINTILES,
	SPINE_CHART_COLOURS,
	compareAtTwoLevels,
	compareDsrBySpc,
	compareProportionBySpc,
	compareWithAggregate,
	compareWithBenchmark,
	ntileQuintiles,
	quintileBounds,
	quintileCategory,
	type Polarity
} from './index';
import { readVectors } from '../testVectors';

// fingertips_benchmarking.json: every label exact. Classic Fingertips names map onto
// FingertipsNext's: "Same" is "Similar"; polarity 0 / "RagLowIsGood" is LowIsGood, 1 / "RagHighIsGood" is HighIsGood.
const CLASSIC_POLARITY: Record<string, Polarity> = {
	'0': 'LowIsGood',
	'1': 'HighIsGood',
	RagLowIsGood: 'LowIsGood',
	RagHighIsGood: 'HighIsGood'
};
const classicName = (label: string) => (label === 'Same' ? 'Similar' : label);

type Labels = Record<string, string>;
interface BenchmarkingFile {
	ci_overlapping_reference_value: {
		fingertips_next_cases: {
			benchmark_values: number[];
			area_values: number[];
			spread: number;
			expected: Record<Polarity, string[]>;
		};
		fingertips_next_inequality_cases: {
			persons: number[];
			male: number[];
			female: number[];
			spread: number;
			polarity: Polarity;
			expected: Record<'Female' | 'Male' | 'Persons', (string | null)[]>;
		};
		fingertips_open_cases: {
			cases: { benchmark: number; value: number; lci95: number; uci95: number; expected: Labels }[];
		};
	};
	two_ci_levels: {
		data: { lci998: number; lci95: number; value: number; uci95: number; uci998: number };
		cases: { benchmark: number; expected: Labels }[];
	};
	spc_for_proportions: {
		cases_polarity_RagLowIsGood_unit_100: {
			benchmark: number;
			value: number;
			denominator: number;
			expected: Labels;
		}[];
	};
	spc_for_dsr: {
		cases_polarity_RagLowIsGood_unit_100000: {
			benchmark: number;
			value: number;
			denominator2: number;
			expected: Labels;
		}[];
	};
	quintiles: { fingertips_open_case: { values: string; expected_bounds: number[] } };
	colours: Record<string, Record<string, unknown>>;
}

const file = readVectors<BenchmarkingFile>('fingertips_benchmarking.json');
const ci = (value: number, spread: number) => ({
	value,
	lowerCi: value - spread,
	upperCi: value + spread
});

describe('CI overlapping reference value, FingertipsNext BenchmarkComparisonEngineTests', () => {
	const c = file.ci_overlapping_reference_value.fingertips_next_cases;
	const cases = Object.entries(c.expected).flatMap(([polarity, labels]) =>
		labels.map((label, i) => ({ polarity: polarity as Polarity, i, label }))
	);
	it.each(cases)('$polarity, year $i: $label', ({ polarity, i, label }) => {
		expect(
			compareWithBenchmark(ci(c.area_values[i], c.spread), c.benchmark_values[i], polarity)
		).toBe(label);
	});
});

describe('inequality segments against the aggregate (Persons)', () => {
	const c = file.ci_overlapping_reference_value.fingertips_next_inequality_cases;
	it.each(c.persons.map((_, i) => ({ i })))('year $i', ({ i }) => {
		const result = compareWithAggregate(
			{
				Persons: ci(c.persons[i], c.spread),
				Male: ci(c.male[i], c.spread),
				Female: ci(c.female[i], c.spread)
			},
			'Persons',
			c.polarity
		);
		expect(result).toEqual({
			Female: c.expected.Female[i],
			Male: c.expected.Male[i],
			Persons: c.expected.Persons[i]
		});
	});
});

describe('CI overlapping reference value, fingertips-open', () => {
	const cases = file.ci_overlapping_reference_value.fingertips_open_cases.cases.flatMap((c) =>
		Object.entries(c.expected).map(([polarity, label]) => ({ ...c, polarity, label }))
	);
	it.each(cases)('benchmark $benchmark, CI [$lci95, $uci95], polarity $polarity', (c) => {
		const area = { value: c.value, lowerCi: c.lci95, upperCi: c.uci95 };
		expect(compareWithBenchmark(area, c.benchmark, CLASSIC_POLARITY[c.polarity])).toBe(
			classicName(c.label)
		);
	});
});

describe('two CI levels (SingleOverlappingCIsForTwoCILevelsComparer)', () => {
	const { data, cases } = file.two_ci_levels;
	const area = {
		value: data.value,
		lowerCi95: data.lci95,
		upperCi95: data.uci95,
		lowerCi998: data.lci998,
		upperCi998: data.uci998
	};
	const all = cases.flatMap((c) =>
		Object.entries(c.expected).map(([polarity, label]) => ({ ...c, polarity, label }))
	);
	it.each(all)('benchmark $benchmark, $polarity: $label', (c) => {
		expect(compareAtTwoLevels(area, c.benchmark, CLASSIC_POLARITY[c.polarity])).toBe(
			classicName(c.label)
		);
	});
});

describe('SPC comparator for proportions (unit 100, low is good)', () => {
	const all = file.spc_for_proportions.cases_polarity_RagLowIsGood_unit_100.flatMap((c) =>
		Object.entries(c.expected).map(([key, label]) => ({ ...c, z: Number(key.slice(1)), label }))
	);
	it.each(all)('value $value, n $denominator, z $z: $label', (c) => {
		const result = compareProportionBySpc(c, c.benchmark, {
			unit: 100,
			z: c.z,
			polarity: 'LowIsGood'
		});
		expect(result).toBe(classicName(c.label));
	});
});

describe('SPC comparator for DSRs (unit 100,000, low is good)', () => {
	const all = file.spc_for_dsr.cases_polarity_RagLowIsGood_unit_100000.flatMap((c) =>
		Object.entries(c.expected).map(([key, label]) => ({ ...c, p: Number(key.slice(1)), label }))
	);
	it.each(all)('value $value, denominator $denominator2, p $p: $label', (c) => {
		const area = { value: c.value, denominator: c.denominator2 };
		expect(
			compareDsrBySpc(area, c.benchmark, { unit: 100_000, p: c.p, polarity: 'LowIsGood' })
		).toBe(classicName(c.label));
	});
});

describe('quintiles', () => {
	const c = file.quintiles.fingertips_open_case;
	const [from, to] = c.values.split('..').map(Number);
	const values = Array.from({ length: to - from + 1 }, (_, i) => from + i);
	it(`classic bounds for ${c.values}`, () => {
		expect(quintileBounds(values)).toEqual(c.expected_bounds);
	});
	it('classic category: first bound not exceeded, reversed when high is good', () => {
		const bounds = quintileBounds(values);
		expect([1, 10.8, 10.9, 50].map((v) => quintileCategory(v, bounds, 'LowIsGood'))).toEqual([
			1, 1, 2, 5
		]);
		expect(quintileCategory(50, bounds, 'HighIsGood')).toBe(1);
		expect(quintileCategory(51, bounds, 'LowIsGood')).toBeNull();
	});
	it('FingertipsNext NTILE(5), NotCompared under 5 areas', () => {
		// 7 areas: tiles of 2, 2, 1, 1, 1 (larger tiles first, as SQL NTILE).
		expect(ntileQuintiles([7, 1, 3, 2, 6, 5, 4], 'NoJudgement')).toEqual([
			'Highest',
			'Lowest',
			'Low',
			'Lowest',
			'High',
			'Middle',
			'Low'
		]);
		expect(ntileQuintiles([1, 2, 3, 4, 5], 'LowIsGood')).toEqual([
			'Best',
			'Better',
			'Middle',
			'Worse',
			'Worst'
		]);
		expect(ntileQuintiles([1, 2, 3, 4], 'HighIsGood')).toEqual(Array(4).fill('NotCompared'));
	});
});

describe('colours', () => {
	const classic = file.colours[
		'fingertips_classic_(fingertips-open shared.ts Colour + fingertipscharts theme.R)'
	] as Record<string, unknown>;
	const next = file.colours['fingertips_next_(BenchmarkLabelConfig.ts, colours.ts)'] as Record<
		string,
		unknown
	>;
	const classicKeys: Record<string, keyof typeof FINGERTIPS_CLASSIC_COLOURS> = {
		Better: 'Better',
		'Similar/Same': 'Similar',
		Worse: 'Worse',
		'Best(99.8)': 'Best',
		'Worst(99.8)': 'Worst',
		'Lower (BOB)': 'Lower',
		'Higher (BOB)': 'Higher',
		Lowest: 'Lowest',
		Highest: 'Highest',
		'Not compared': 'NotCompared',
		None: 'None'
	};
	it.each(Object.entries(classicKeys))('classic %s', (key, ours) => {
		// Two entries list alternatives from different repos; ours must be one of them.
		expect(classic[key] as string).toContain(FINGERTIPS_CLASSIC_COLOURS[ours]);
	});
	it('classic quintiles and spine chart bars', () => {
		expect(FINGERTIPS_CLASSIC_QUINTILES.rag).toEqual(classic['RAG quintiles 1..5']);
		expect(FINGERTIPS_CLASSIC_QUINTILES.noJudgement).toEqual(
			classic['BOB (not applicable polarity) quintiles 1..5']
		);
		expect(Object.values(SPINE_CHART_COLOURS)).toEqual(
			Object.values(classic['spine chart bars'] as object)
		);
	});
	it('FingertipsNext benchmark and quintile colours', () => {
		expect(FINGERTIPS_NEXT_COLOURS['95']).toEqual(next['95%']);
		expect(FINGERTIPS_NEXT_COLOURS['99.8']).toEqual(next['99.8%']);
		expect(FINGERTIPS_NEXT_QUINTILES.noJudgement).toEqual(next['quintiles_no_judgement']);
		expect(FINGERTIPS_NEXT_QUINTILES.withJudgement).toEqual(next['quintiles_with_judgement']);
		expect(next['not_compared']).toContain(FINGERTIPS_NEXT_QUINTILES.notComparedBorder);
	});
});
