import { describe, expect, it } from 'vitest';
import { formulaSafe } from './formulaSafe';

describe('formulaSafe', () => {
	it('prefixes text that starts like a formula with an apostrophe', () => {
		for (const text of ['=1+1', '+44 1268', '-2', '@SUM(A1)', '\tx', '\rx']) {
			expect(formulaSafe(text)).toBe(`'${text}`);
		}
	});

	it('leaves other text alone, including a formula character later on', () => {
		expect(formulaSafe('Mid Essex')).toBe('Mid Essex');
		expect(formulaSafe('1–7 = *')).toBe('1–7 = *');
		expect(formulaSafe('')).toBe('');
	});
});
