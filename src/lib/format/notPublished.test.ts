import { describe, expect, it } from 'vitest';
import { formatPublishedCount, formatPublishedPercent } from './notPublished';

describe('figures that may not be published', () => {
	it('shows "Not published" rather than 0', () => {
		expect(formatPublishedCount(null)).toBe('Not published');
		expect(formatPublishedCount(0)).toBe('0');
		expect(formatPublishedCount(1806)).toBe('1,806');
		expect(formatPublishedPercent(null)).toBe('Not published');
		expect(formatPublishedPercent(361 / 614)).toBe('58.8%');
	});
});
