import { describe, expect, it } from 'vitest';
import {
	proportionFunnelLimits,
	proportionFunnelSignificance,
	rateFunnelLimits,
	rateFunnelPoints,
	rateFunnelSignificance,
	ratioFunnelLimits,
	ratioFunnelSignificance,
	type RateRow
} from './index';
import { expectPrinted, readVectors } from '../testVectors';

// phe_funnels.json holds PHEindicatormethods' CSV test data (about 7–10 significant digits).
// Numbers: testthat's 1.5e-8 relative or half a unit in the last printed decimal, whichever is
// larger (expectPrinted). Significance labels: exact.

type Row = Record<string, number | string | null>;
interface FunnelsFile {
	proportion: {
		inputs: { Area: string; numerator: number; denominator: number; significance: string }[];
		expected_limits_multiplier_100: Row[];
		expected_limits_with_axis_variation: { expected: Row[] };
	};
	ratio: {
		inputs: { obs: number; expected: number; significance: string }[];
		expected_limits: Row[];
	};
	rate_limits: {
		inputs: Row[];
		dsr_per_100000_3_years: { expected: Row[] };
		crude_lt10_events: { expected: Row[] };
		crude_with_0_events_and_denominator: { expected: Row[] };
	};
	rate_significance: { inputs_and_expected: Row[] };
}

const file = readVectors<FunnelsFile>('phe_funnels.json');
const num = (row: Row, key: string) => row[key] as number;
const BAND = ['lower_2s', 'upper_2s', 'lower_3s', 'upper_3s'] as const;
const camel = (band: (typeof BAND)[number]) =>
	band.replace('_2s', '2s').replace('_3s', '3s') as 'lower2s';

describe('proportion funnel limits (multiplier 100)', () => {
	const cases = [
		['all areas', file.proportion.inputs, file.proportion.expected_limits_multiplier_100],
		[
			'denominator < 31000 (axis variation)',
			file.proportion.inputs.filter((r) => r.denominator < 31000),
			file.proportion.expected_limits_with_axis_variation.expected
		]
	] as const;
	describe.each(cases)('%s', (_, rows, expected) => {
		const funnel = proportionFunnelLimits(rows);
		it.each(expected.map((e, i) => ({ e, i, population: e.Population })))(
			'population $population',
			({ e, i }) => {
				const point = funnel.points[i];
				expect(point.population).toBe(num(e, 'Population'));
				for (const band of BAND) expectPrinted(point[camel(band)], num(e, `${band}_limit`));
				expectPrinted(funnel.baseline, num(e, 'baseline'));
			}
		);
	});
});

describe('proportion funnel significance', () => {
	const result = proportionFunnelSignificance(file.proportion.inputs);
	it.each(file.proportion.inputs.map((r, i) => ({ ...r, i })))('$Area', (r) => {
		expect(result[r.i]).toBe(r.significance);
	});
});

describe('ratio funnel limits (count and ISR)', () => {
	const rows = file.ratio.inputs.map((r) => ({ observed: r.obs, expected: r.expected }));
	const counts = ratioFunnelLimits(rows, { ratioType: 'count' });
	const isrs = ratioFunnelLimits(rows, { ratioType: 'isr' });
	it.each(file.ratio.expected_limits.map((e, i) => ({ e, i, observed: e.Observed_events })))(
		'observed $observed',
		({ e, i }) => {
			expect(counts[i].observedEvents).toBe(num(e, 'Observed_events'));
			for (const band of BAND) {
				const key = camel(band);
				expectPrinted(
					counts[i][`${key}ExpectedEvents` as 'lower2sExpectedEvents'],
					num(e, `${band}_exp_events`)
				);
				expectPrinted(counts[i][key], num(e, `${band}_count`));
				expectPrinted(isrs[i][key], num(e, `${band}_isr`));
			}
		}
	);
});

describe('ratio funnel significance', () => {
	const rows = file.ratio.inputs.map((r) => ({ observed: r.obs, expected: r.expected }));
	const result = ratioFunnelSignificance(rows);
	it.each(file.ratio.inputs.map((r, i) => ({ ...r, i })))('$obs / $expected', (r) => {
		expect(result[r.i]).toBe(r.significance);
	});
});

// Inputs for the three rate-limit tests, built as testFunnels.R builds them (see each `call`).
const rateInputs = file.rate_limits.inputs;
const maxEvents = Math.max(...rateInputs.map((r) => num(r, 'ev')));
const dsrRows: RateRow[] = rateInputs.map((r) => ({ events: num(r, 'ev'), rate: num(r, 'rate') }));
const lt10Rows: RateRow[] = dsrRows.map((r) => (r.events === maxEvents ? { ...r, events: 5 } : r));
const populations = rateInputs.map((r) => (1e5 * num(r, 'ev')) / num(r, 'rate'));
const zeroRows: RateRow[] = dsrRows
	.map((r, i) => ({ ...r, denominator: populations[i] }))
	.map((r) => (r.events === maxEvents ? { ...r, events: 0, rate: 0 } : r))
	.filter((_, i) => populations[i] > Math.max(...populations) / 2);

describe.each([
	['dsr per 100,000, 3 years', dsrRows, 'dsr', file.rate_limits.dsr_per_100000_3_years.expected],
	[
		'crude, max-event area set to 5 events',
		lt10Rows,
		'crude',
		file.rate_limits.crude_lt10_events.expected
	],
	[
		'crude, 0-event area with denominator',
		zeroRows,
		'crude',
		file.rate_limits.crude_with_0_events_and_denominator.expected
	]
] as const)('rate funnel limits: %s', (_, rows, rateType, expected) => {
	const funnel = rateFunnelLimits(rows, { rateType, multiplier: 1e5, yearsOfData: 3 });
	it.each(expected.map((e, i) => ({ e, i, events: e.Events })))('events $events', ({ e, i }) => {
		const point = funnel.points[i];
		expect(point.events).toBe(num(e, 'Events'));
		for (const band of BAND) {
			const key = camel(band);
			expectPrinted(
				point[`${key}Population1Year` as 'lower2sPopulation1Year'],
				num(e, `${band}_population_1_year`)
			);
			expectPrinted(point[key], num(e, `${band}_limit`));
		}
		expectPrinted(funnel.baseline, num(e, 'baseline'));
	});
});

describe('rate funnel points (calculate_funnel_points)', () => {
	const withDenominator = rateInputs.map((r) => ({
		events: num(r, 'ev') === maxEvents ? 0 : num(r, 'ev'),
		rate: num(r, 'rate'),
		denominator: num(r, 'pop')
	}));
	describe.each([
		['dsr, max-event area set to 5', lt10Rows, 'dsr', 3, ''],
		['crude', dsrRows, 'crude', 3, '_crude'],
		[
			'crude, 0-event area with denominator, 5 years',
			withDenominator,
			'crude',
			5,
			'_crude_with_denom'
		]
	] as const)('%s', (_, rows, rateType, yearsOfData, suffix) => {
		const points = rateFunnelPoints(rows, { rateType, multiplier: 1e5, yearsOfData });
		it.each(rateInputs.map((r, i) => ({ r, i, ev: r.ev })))('ev $ev', ({ r, i }) => {
			expectPrinted(points[i].rateChart, r[`rate_chart${suffix}`] as number | null);
			expectPrinted(
				points[i].denominatorDerived,
				r[`denominator_derived${suffix}`] as number | null
			);
		});
	});
});

describe('rate funnel significance (40 areas × 8 settings)', () => {
	const rows = file.rate_significance.inputs_and_expected;
	const settings = [
		['dsr', 1e5, 'rate_dsr', 'dsr_per_100000'],
		['dsr', 100, 'rate_dsr', 'dsr_per_100'],
		['crude', 1e5, 'rate_crude_per_100000', 'crude_per_100000'],
		['crude', 100, 'rate_crude_per_100', 'crude_per_100']
	] as const;
	const cases = settings.flatMap(([rateType, multiplier, rateKey, column]) =>
		[true, false].map((withZero) => ({
			name: `${column}_${withZero ? 'with' : 'without'}_0`,
			rateType,
			multiplier,
			// "without_0" tests drop the 0-count rows first, as testFunnels.R does.
			data: rows.filter((r) => withZero || num(r, 'count') !== 0),
			rateKey
		}))
	);
	describe.each(cases)('$name', ({ name, rateType, multiplier, data, rateKey }) => {
		const result = rateFunnelSignificance(
			data.map((r) => ({
				events: num(r, 'count'),
				rate: r[rateKey] as number | null,
				denominator: num(r, 'pop')
			})),
			{ rateType, multiplier }
		);
		it.each(data.map((r, i) => ({ r, i, count: r.count })))('count $count', ({ r, i }) => {
			expect(result[i]).toBe(r[name]);
		});
	});
});
