import { describe, expect, it } from 'vitest';
import { pessaryMonths, pessarySeries } from './pessarySeries';

describe('pessary series', () => {
	it('fills settings with no episodes with zero so every line covers every month, drawn as published', () => {
		const months = pessaryMonths([
			{ month_end: '2026-02-28', setting: 'hub', episodes: 4 },
			{ month_end: '2026-01-31', setting: 'secondary_care', episodes: 9 },
			{ month_end: '2026-02-28', setting: 'secondary_care', episodes: 2 }
		]);
		expect(months).toEqual([
			{ month_end: '2026-01-31', primary_care: 0, hub: 0, secondary_care: 9 },
			{ month_end: '2026-02-28', primary_care: 0, hub: 4, secondary_care: 2 }
		]);
		// 4 and 2 are withheld (gaps); 9 is drawn as 10.
		expect(pessarySeries(months).map((s) => s.points.map((p) => p.value))).toEqual([
			[0, 0],
			[0, null],
			[10, null]
		]);
	});
});
