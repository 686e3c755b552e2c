import { describe, expect, it } from 'vitest';
import { sii, type SiiValueType } from './sii';
import { expectClose, readVectors } from './testVectors';

// phe_sii.json (testdata_SII.xlsx, PHE Excel SII tool). Point estimates are deterministic and
// stored to 15 significant digits: 1e-12 relative. Confidence limits are simulated; the file
// states R's tolerance = 0.05, applied here per value as a relative difference.
const REL = 1e-12;
const MONTE_CARLO_REL = 0.05;

interface SiiCase {
	test: string;
	area: string;
	params: {
		value_type: 0 | 1 | 2;
		transform: boolean;
		multiplier: number;
		confidence: number[];
		se_or_cl: 'se' | 'cl';
	};
	input: {
		quantile: number;
		population: number;
		count: number | null;
		value: number;
		lower_cl: number;
		upper_cl: number;
		se: number;
	}[];
	expected: Record<
		'sii' | 'rii' | 'intercept' | 'sii_lower' | 'sii_upper' | 'rii_lower' | 'rii_upper',
		number | null
	>;
}

const { cases } = readVectors<{ cases: SiiCase[] }>('phe_sii.json');
const VALUE_TYPES: SiiValueType[] = ['other', 'rate', 'proportion'];

function run(c: SiiCase) {
	const useSe = c.params.se_or_cl === 'se';
	return sii(
		c.input.map((q) => ({
			quantile: q.quantile,
			population: q.population,
			value: q.value,
			count: q.count,
			se: useSe ? q.se : null,
			lowerCl: useSe ? null : q.lower_cl,
			upperCl: useSe ? null : q.upper_cl
		})),
		{
			valueType: VALUE_TYPES[c.params.value_type],
			transform: c.params.transform,
			multiplier: c.params.multiplier,
			confidence: c.params.confidence[0]
		}
	);
}

// Only the columns a case asserts are compared (null = not asserted by the R test).
const optional = (actual: number, expected: number | null, rel: number) => {
	if (expected !== null) expectClose(actual, expected, rel);
};

describe.each(cases.map((c, i) => ({ ...c, label: `${i + 1}. ${c.test} (${c.area})` })))(
	'$label',
	(c) => {
		const result = run(c);
		it('point estimates (SII, RII, intercept)', () => {
			expectClose(result.sii, c.expected.sii, REL);
			expectClose(result.rii, c.expected.rii, REL);
			optional(result.intercept, c.expected.intercept, REL);
		});
		it('Monte Carlo confidence limits', () => {
			optional(result.siiLower, c.expected.sii_lower, MONTE_CARLO_REL);
			optional(result.siiUpper, c.expected.sii_upper, MONTE_CARLO_REL);
			optional(result.riiLower, c.expected.rii_lower, MONTE_CARLO_REL);
			optional(result.riiUpper, c.expected.rii_upper, MONTE_CARLO_REL);
		});
	}
);

describe('sii options', () => {
	const rows = cases[0].input.map((q) => ({
		quantile: q.quantile,
		population: q.population,
		value: q.value,
		se: q.se
	}));
	it('is reproducible for a seed and needs 5 to 100 quantiles', () => {
		expect(sii(rows, { seed: 7, repetitions: 2000 })).toEqual(
			sii(rows, { seed: 7, repetitions: 2000 })
		);
		expect(() => sii(rows.slice(0, 4))).toThrow();
		expect(() => sii(rows, { transform: true })).toThrow();
	});
});
