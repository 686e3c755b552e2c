import { describe, expect, it } from 'vitest';
import { byarsLower, byarsUpper, pheRate } from './confidenceIntervals';
import { expectClose, readVectors } from './testVectors';

// phe_byars_rate.json: 15 significant digits; independent match <= 1.9e-14, so 1e-12 relative.
const REL = 1e-12;

interface ByarsCase {
	x: number;
	confidence: string;
	lowercl: number | null;
	uppercl: number;
}
interface RateCase {
	Area: string;
	Numerator: number | null;
	Denominator: number | null;
	value: number | null;
	lower95_0cl: number | null;
	upper95_0cl: number | null;
	lower99_8cl: number | null;
	upper99_8cl: number | null;
	statistic: string;
	method: string;
	multiplier: number;
}
interface PortCase {
	fn: 'byars_lower';
	x: number;
	confidence: number;
	expected: number;
}
interface ByarsFile {
	byars_cases_test_BW: ByarsCase[];
	phe_rate_cases_test_Rate: RateCase[];
	python_port_exact_cases: { cases: PortCase[] };
}

const file = readVectors<ByarsFile>('phe_byars_rate.json');
const confidenceOf = (label: string) => Number.parseFloat(label) / 100;

describe("Byar's limits for a count (R test_BW; no exact switch)", () => {
	it.each(file.byars_cases_test_BW)('x=$x at $confidence', (c) => {
		expectClose(byarsLower(c.x, confidenceOf(c.confidence)), c.lowercl, REL);
		expectClose(byarsUpper(c.x, confidenceOf(c.confidence)), c.uppercl, REL);
	});
});

describe("phe_rate (R test_Rate): exact Poisson under 10, Byar's from 10", () => {
	it.each(file.phe_rate_cases_test_Rate)('$Area $statistic', (c) => {
		const options = { multiplier: c.multiplier };
		const at95 = pheRate(c.Numerator, c.Denominator, { ...options, confidence: 0.95 });
		const at998 = pheRate(c.Numerator, c.Denominator, { ...options, confidence: 0.998 });
		expectClose(at95.value, c.value, REL);
		expectClose(at95.lower, c.lower95_0cl, REL);
		expectClose(at95.upper, c.upper95_0cl, REL);
		expectClose(at998.lower, c.lower99_8cl, REL);
		expectClose(at998.upper, c.upper99_8cl, REL);
		expect(at95.statistic).toBe(c.statistic);
		// R's NA method (missing count) arrives in the JSON as the string "NA".
		expect(at95.method).toBe(c.method === 'NA' ? null : c.method);
	});
});

describe('PHStatsMethods port', () => {
	it.each(file.python_port_exact_cases.cases)('$fn($x, $confidence)', (c) => {
		expectClose(byarsLower(c.x, c.confidence), c.expected, REL);
	});
});
