import { describe, expect, it } from 'vitest';
import { SIXTY_TWO_DAY_STANDARDS, type PerformanceRow } from './cancerPerformance';
import { standardChart } from './cancerStandardChart';

const row = (measureKey: string, period: string, value: number | null): PerformanceRow => ({
	measureKey,
	measureLabel: measureKey,
	period,
	route: 'All routes',
	organisation: 'ICB (QH8)',
	total: value === null ? null : 100,
	within: value === null ? null : value * 100,
	value,
	lower: value,
	upper: value,
	standards: [],
	verdict: ''
});

describe('standardChart', () => {
	it('aligns each measure with the months, leaving a gap where it is not published', () => {
		const chart = standardChart(
			[row('a', '2023-07-01', 0.5), row('a', '2024-07-01', null), row('b', '2024-07-01', 0.25)],
			[
				{ key: 'a', label: 'A' },
				{ key: 'b', label: 'B' }
			],
			SIXTY_TWO_DAY_STANDARDS
		);
		expect(chart.categories).toEqual([
			{ key: '2023-07-01', label: 'Jul 2023' },
			{ key: '2024-07-01', label: 'Jul 2024' }
		]);
		expect(chart.series[0].points).toEqual([
			{ value: 0.5, lower: 0.5, upper: 0.5 },
			{ value: null, lower: null, upper: null }
		]);
		expect(chart.series[1].points[0]).toBeNull();
		expect(chart.series.map((s) => s.shape)).toEqual(['circle', 'triangle-up']);
		// 85% in both months; the 70% interim ambition only from April 2024.
		expect(chart.targets.map((t) => [t.label, t.values])).toEqual([
			['Operational standard that month', [0.85, 0.85]],
			['Planning ambition that month', [null, 0.7]]
		]);
	});
});
