import { describe, expect, it } from 'vitest';
import { progressText, progressValue, readWithProgress, sizeProblem } from './checkProgress';

describe('browser check progress', () => {
	it('says bytes read of the total, then rows being checked, then rows checked', () => {
		expect(progressText({ stage: 'reading', read: 500, total: 2_500_000 })).toBe(
			'Read 1 kB of 2.5 MB'
		);
		expect(progressText({ stage: 'checking', rows: 38_123 })).toBe('Checking 38,123 rows');
		expect(progressText({ stage: 'done', rows: 1 })).toBe('1 row checked');
	});

	it('fills the bar by bytes, is indeterminate while checking, and full when done', () => {
		expect(progressValue({ stage: 'reading', read: 25, total: 100 })).toEqual({
			value: 25,
			max: 100
		});
		expect(progressValue({ stage: 'checking', rows: 3 }).value).toBeUndefined();
		expect(progressValue({ stage: 'done', rows: 3 })).toEqual({ value: 1, max: 1 });
	});

	it('refuses a file over the limit before reading it, with the server’s words', () => {
		expect(sizeProblem(200_000_001, 200_000_000)?.message).toBe(
			'The selected file must be smaller than 200 MB'
		);
		expect(sizeProblem(200_000_000, 200_000_000)).toBeNull();
	});

	it('reads a file whole, reporting each chunk', async () => {
		const seen: number[] = [];
		const bytes = await readWithProgress(new Blob(['abc', 'de']), (read) => seen.push(read));
		expect(new TextDecoder().decode(bytes)).toBe('abcde');
		expect(seen[0]).toBe(0);
		expect(seen.at(-1)).toBe(5);
	});
});
