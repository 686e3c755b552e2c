import { describe, expect, it } from 'vitest';
import { ESP2013, directlyStandardisedRate, directlyStandardisedRateNonIndependent } from './dsr';
import { expectClose, expectWithin, readVectors } from './testVectors';

// phe_dsr.json. Values read from testdata_DSR_ISR.xlsx at 15 significant digits: 1e-12 relative.
// The non-independent rows are stored to 8 decimals in the sheet, so half a unit: 5e-9 absolute.
const REL = 1e-12;
const EIGHT_DECIMALS = 5e-9;

interface Band {
	ageband: string;
	count: number | null;
	pop: number;
}
interface Expected {
	area: string;
	total_count: number;
	total_pop: number;
	value: number | null;
	lower95_0cl: number | null;
	upper95_0cl: number | null;
	lower99_8cl: number | null;
	upper99_8cl: number | null;
	statistic: string;
	method: string;
}
interface NonIndependentRow {
	area: string;
	ageband: string;
	pop: number;
	freq: number;
	persons: number | null;
	esp2013: number;
}
interface DsrFile {
	esp2013: number[];
	independent_cases: {
		inputs: Record<string, Band[]>;
		expected_per_100000_conf_95_and_998: Expected[];
		expected_per_10000: Expected[];
	};
	esp1976_case: {
		inputs: (Band & { esp1976: number })[];
		expected_per_100000_asserted_columns: Pick<
			Expected,
			'total_count' | 'total_pop' | 'value' | 'lower95_0cl' | 'upper95_0cl'
		>;
		note: string;
	};
	non_independent_events_case: {
		inputs: NonIndependentRow[];
		expected_per_100000_conf_95_and_998: Expected[];
	};
}

const file = readVectors<DsrFile>('phe_dsr.json');
const esp2013Bands = (bands: Band[]) =>
	bands.map((b, i) => ({ count: b.count, population: b.pop, standardPopulation: file.esp2013[i] }));

function expectDsr(
	at95: ReturnType<typeof directlyStandardisedRate>,
	at998: ReturnType<typeof directlyStandardisedRate>,
	e: Expected,
	check: (actual: number | null, expected: number | null) => void
) {
	expect(at95.totalCount).toBe(e.total_count);
	expect(at95.totalPopulation).toBe(e.total_pop);
	check(at95.value, e.value);
	check(at95.lower, e.lower95_0cl);
	check(at95.upper, e.upper95_0cl);
	check(at998.lower, e.lower99_8cl);
	check(at998.upper, e.upper99_8cl);
	expect(at95.statistic).toBe(e.statistic);
	expect(at95.method).toBe(e.method);
}

describe('ESP2013', () => {
	it('matches the standard population in the vectors (PHEindicatormethods esp2013)', () => {
		expect(ESP2013).toEqual(file.esp2013);
	});
});

describe.each([
	['per 100,000', 100_000, file.independent_cases.expected_per_100000_conf_95_and_998],
	['per 10,000', 10_000, file.independent_cases.expected_per_10000]
] as const)('DSR, independent events, %s', (_, multiplier, expected) => {
	it.each(expected)('$area', (e) => {
		const bands = esp2013Bands(file.independent_cases.inputs[e.area]);
		expectDsr(
			directlyStandardisedRate(bands, { multiplier, confidence: 0.95 }),
			directlyStandardisedRate(bands, { multiplier, confidence: 0.998 }),
			e,
			(a, x) => expectClose(a, x, REL)
		);
	});
});

describe('DSR with user-specified standard population (ESP 1976)', () => {
	const c = file.esp1976_case;
	const bands = c.inputs.map((b) => ({
		count: b.count,
		population: b.pop,
		standardPopulation: b.esp1976
	}));
	it('asserted columns (95 %)', () => {
		const e = c.expected_per_100000_asserted_columns;
		const dsr = directlyStandardisedRate(bands);
		expect(dsr.totalCount).toBe(e.total_count);
		expect(dsr.totalPopulation).toBe(e.total_pop);
		expectClose(dsr.value, e.value, REL);
		expectClose(dsr.lower, e.lower95_0cl, REL);
		expectClose(dsr.upper, e.upper95_0cl, REL);
	});
	it('99.8 % limits: the COMPUTED values in the note, not the sheet (10× too large)', () => {
		const computed = [...c.note.matchAll(/= ([\d.]+)/g)].map((m) => Number(m[1]));
		expect(computed).toHaveLength(2);
		const [lower, upper] = computed;
		const dsr = directlyStandardisedRate(bands, { confidence: 0.998 });
		expectClose(dsr.lower, lower, REL);
		expectClose(dsr.upper, upper, REL);
	});
});

describe('DSR, non-independent events (sheet values to 8 decimals)', () => {
	const rows = file.non_independent_events_case.inputs;
	it.each(file.non_independent_events_case.expected_per_100000_conf_95_and_998)('$area', (e) => {
		const areaRows = rows
			.filter((r) => r.area === e.area)
			.map((r) => ({
				ageBand: r.ageband,
				eventFrequency: r.freq,
				persons: r.persons,
				population: r.pop,
				standardPopulation: r.esp2013
			}));
		expectDsr(
			directlyStandardisedRateNonIndependent(areaRows, { confidence: 0.95 }),
			directlyStandardisedRateNonIndependent(areaRows, { confidence: 0.998 }),
			e,
			(a, x) => expectWithin(a, x, EIGHT_DECIMALS)
		);
	});
});

describe('DSR input checks', () => {
	it('throws on negative counts or a zero population', () => {
		expect(() =>
			directlyStandardisedRate([{ count: -1, population: 10, standardPopulation: 5000 }])
		).toThrow();
		expect(() =>
			directlyStandardisedRate([{ count: 1, population: 0, standardPopulation: 5000 }])
		).toThrow();
	});
});
