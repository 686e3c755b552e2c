import { describe, expect, it } from 'vitest';
import { pessaryComparisonWindows, windowLabel } from './pessaryWindows';

// The pessary extract: episodes due from 1 November 2023, so complete from 1 December 2023.
const EXTRACT = { from: '2023-11-01', to: '2026-10-31', completeFrom: '2023-12-01' };

describe('pessary before/after windows', () => {
	it('cuts the year before the first hub to the complete months of the extract', () => {
		const windows = pessaryComparisonWindows({
			firstHubOpen: '2024-07-01',
			asAt: '2026-10-31',
			extract: EXTRACT
		});
		// 12 months before July 2024 is July 2023–June 2024; the extract is complete from December.
		expect(windows.before).toEqual({ from: '2023-12-01', to: '2024-06-30' });
		expect(windows.since).toEqual({ from: '2025-11-01', to: '2026-10-31' });
		expect(windowLabel(windows.before)).toBe('December 2023 to June 2024 (7 months)');
		expect(windowLabel(windows.since)).toBe('November 2025 to October 2026 (12 months)');
	});

	it('starts "since" no earlier than the month the first hub opened', () => {
		const windows = pessaryComparisonWindows({
			firstHubOpen: '2024-07-15',
			asAt: '2024-09-30',
			extract: EXTRACT
		});
		expect(windows.before).toEqual({ from: '2023-12-01', to: '2024-06-30' });
		expect(windows.since).toEqual({ from: '2024-07-01', to: '2024-09-30' });
		expect(windowLabel(windows.since)).toBe('July 2024 to September 2024 (3 months)');
	});

	it('labels one month and no months', () => {
		expect(windowLabel({ from: '2024-07-01', to: '2024-07-31' })).toBe('July 2024 (1 month)');
		expect(windowLabel({ from: '2023-12-01', to: '2023-11-30' })).toBeNull();
	});
});
