import { describe, expect, it } from 'vitest';
import { publishedCount, suppressCount } from './disclosure';
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
