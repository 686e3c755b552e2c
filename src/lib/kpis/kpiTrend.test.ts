import { describe, expect, it } from 'vitest';
import { changeText, previousOf } from './kpiTrend';

describe('changeText', () => {
	const september = { period: 'September 2026', value: 615 };
	it('says a count’s change in whole numbers, with the previous figure', () => {
		expect(changeText('count', 600, september)).toBe('Down 15 from September 2026 (615)');
		expect(changeText('count', 1615, september)).toBe('Up 1,000 from September 2026 (615)');
		expect(changeText('count', 615, september)).toBe('No change from September 2026 (615)');
	});
	it('says a share’s change in percentage points', () => {
		expect(changeText('proportion', 0.6, { period: 'May 2025', value: 0.588 })).toBe(
			'1.2 percentage points higher than May 2025 (58.8%)'
		);
	});
	it('works out a change between the figures as shown, never "0.01 higher than 0.74" for 0.74', () => {
		const before = { period: 'September 2026', value: 0.7351 };
		expect(changeText('ratio', 0.7449, before)).toBe('No change from September 2026 (0.74)');
		expect(changeText('ratio', 0.7551, before)).toBe('0.02 higher than September 2026 (0.74)');
		expect(changeText('proportion', 0.58849, { period: 'May 2025', value: 0.5875 })).toBe(
			'No change from May 2025 (58.8%)'
		);
	});
	it('withholds the change when either figure is withheld, and says nothing with no previous', () => {
		expect(changeText('count', null, september)).toMatch(/^Change from September 2026 not shown/);
		expect(changeText('count', 5, null)).toBeNull();
	});
});

describe('previousOf', () => {
	it('is the point before the last', () => {
		expect(
			previousOf([
				{ date: '2026-08-31', value: 1 },
				{ date: '2026-09-30', value: null },
				{ date: '2026-10-31', value: 3 }
			])
		).toEqual({ period: 'September 2026', value: null });
		expect(previousOf([{ date: '2026-10-31', value: 3 }])).toBeNull();
	});
});
