import { describe, expect, it } from 'vitest';
import {
	progressAnnouncement,
	progressText,
	progressValue,
	readWithProgress,
	sizeProblem,
	type CheckProgress
} from './checkProgress';

/** 33 checks on 38,123 rows, two passes: 76,246 row visits in all. */
const checking = (done: number): CheckProgress => ({
	stage: 'checking',
	rows: 38_123,
	checks: 33,
	done,
	total: 76_246
});

describe('browser check progress', () => {
	it('says bytes read of the total, rows loading, how far the checks are, then rows checked', () => {
		expect(progressText({ stage: 'reading', read: 500, total: 2_500_000 })).toBe(
			'Read 1 kB of 2.5 MB'
		);
		expect(progressText({ stage: 'loading' })).toBe('Loading the rows');
		expect(progressText(checking(38_123))).toBe('Running 33 checks on 38,123 rows: 50 % done');
		expect(progressText(checking(76_245))).toBe('Running 33 checks on 38,123 rows: 99 % done');
		expect(progressText({ stage: 'previewing' })).toBe(
			'Comparing the file with the current version'
		);
		expect(progressText({ stage: 'done', rows: 1 })).toBe('1 row checked');
	});

	it('tells a screen reader only each stage and each quarter of the checks', () => {
		expect(progressAnnouncement({ stage: 'reading', read: 1, total: 9 })).toBe(
			progressAnnouncement({ stage: 'reading', read: 8, total: 9 })
		);
		expect(progressAnnouncement(checking(0))).toBe('Running 33 checks on 38,123 rows: 0 % done');
		expect(progressAnnouncement(checking(19_061))).toBe(progressAnnouncement(checking(0)));
		// 19,062 of 76,246 is 25.0007 %.
		expect(progressAnnouncement(checking(19_062))).toBe(
			'Running 33 checks on 38,123 rows: 25 % done'
		);
		expect(progressAnnouncement({ stage: 'done', rows: 2 })).toBe('2 rows checked');
	});

	it('fills the bar by bytes, is indeterminate while loading, by rows while checking', () => {
		expect(progressValue({ stage: 'reading', read: 25, total: 100 })).toEqual({
			value: 25,
			max: 100
		});
		expect(progressValue({ stage: 'loading' }).value).toBeUndefined();
		expect(progressValue(checking(100))).toEqual({ value: 100, max: 76_246 });
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
