import { describe, expect, it } from 'vitest';
import { discloseDerived, drawableCount, publishedCount, suppressCount } from './disclosure';
import { readVectors } from './testVectors';

// disclosure_control.json: codonPython suppression_test.py and docstring examples, exact strings.
interface DisclosureFile {
	cases: { input: number; expected: string }[];
	error_cases: number[];
	docstring_examples: { input: number; expected: string }[];
}

const file = readVectors<DisclosureFile>('disclosure_control.json');

describe('suppressCount (codonPython suppress_value)', () => {
	it.each([...file.cases, ...file.docstring_examples])(
		'$input → "$expected"',
		({ input, expected }) => {
			expect(suppressCount(input)).toBe(expected);
		}
	);
	it.each(file.error_cases)('%d throws', (input) => {
		expect(() => suppressCount(input)).toThrow(RangeError);
	});
});

describe('publishedCount', () => {
	it('leaves national counts alone', () => {
		expect(publishedCount(5, 'national')).toBe('5');
		expect(publishedCount(5, 'sub-national')).toBe('*');
	});
});

describe('secondary suppression', () => {
	it('withholds a derived figure when any count it comes from is 1 to 7', () => {
		expect(discloseDerived(0.375, [3, 8])).toBeNull();
		expect(discloseDerived(0.5, [8, 16])).toBe(0.5);
		// 0 is published as 0, so a share of 0 out of 12 may be shown.
		expect(discloseDerived(0, [0, 12])).toBe(0);
	});

	it('draws a count as it is published: 1 to 7 as a gap, others rounded to 5', () => {
		expect([0, 1, 7, 8, 12, 13].map(drawableCount)).toEqual([0, null, null, 10, 10, 15]);
	});
});
