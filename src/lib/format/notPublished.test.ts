import { describe, expect, it } from 'vitest';
import {
	formatPublishedCount,
	formatPublishedInterval,
	formatPublishedPercent
} from './notPublished';

describe('figures that may not be published', () => {
	it('shows "Not published" rather than 0', () => {
		expect(formatPublishedCount(null)).toBe('Not published');
		expect(formatPublishedCount(0)).toBe('0');
		expect(formatPublishedCount(1806)).toBe('1,806');
		expect(formatPublishedPercent(null)).toBe('Not published');
		expect(formatPublishedPercent(361 / 614)).toBe('58.8%');
	});

	it('writes an interval as a range of percentages, or "Not published" without both ends', () => {
		expect(formatPublishedInterval(0.548586, 0.626216)).toBe('54.9% to 62.6%');
		expect(formatPublishedInterval(null, 0.6)).toBe('Not published');
		expect(formatPublishedInterval(0.4, null)).toBe('Not published');
	});
});
