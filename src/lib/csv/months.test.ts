import { describe, expect, it } from 'vitest';
import { fillMonths, periodOfMonths } from './months';

describe('monthly series', () => {
	it('writes a month with no activity as 0 rather than leaving it out', () => {
		const rows = [
			{ month_end: '2025-01-31', episodes: 4 },
			{ month_end: '2025-03-31', episodes: 9 },
			{ month_end: '2025-05-31', episodes: 1 }
		];
		const filled = fillMonths(
			['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30'],
			rows,
			(r) => r.month_end,
			(month_end) => ({ month_end, episodes: 0 })
		);
		// February and April had no episodes; May is outside the months asked for.
		expect(filled).toEqual([
			{ month_end: '2025-01-31', episodes: 4 },
			{ month_end: '2025-02-28', episodes: 0 },
			{ month_end: '2025-03-31', episodes: 9 },
			{ month_end: '2025-04-30', episodes: 0 }
		]);
	});

	it('finds the whole months that dates fall in', () => {
		expect(periodOfMonths(['2024-07-01', '2021-07-01', '2023-07-01'])).toEqual({
			from: '2021-07-01',
			to: '2024-07-31'
		});
		expect(periodOfMonths(['2024-02-01'])).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(periodOfMonths([])).toBeNull();
	});
});
