import { describe, expect, it } from 'vitest';
import { larcSpc, type MonthlyListPoint } from '$lib/kpis/larcSpcSeries';
import { larcSpcDownload } from './larcSpcDownload';

/**
 * Twelve month ends of 2025. The list alternates 100 and 120 women, 80 and 102 of them within
 * target (shares 0.80 and 0.85), so every moving range is the same and nothing is screened out.
 */
const MONTH_ENDS = [
	'2025-01-31',
	'2025-02-28',
	'2025-03-31',
	'2025-04-30',
	'2025-05-31',
	'2025-06-30',
	'2025-07-31',
	'2025-08-31',
	'2025-09-30',
	'2025-10-31',
	'2025-11-30',
	'2025-12-31'
];
const POINTS: MonthlyListPoint[] = MONTH_ENDS.map((month_end, i) =>
	i % 2 === 0
		? { month_end, waiting: 100, within_target: 80 }
		: { month_end, waiting: 120, within_target: 102 }
);
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

function table(points: MonthlyListPoint[]) {
	const download = larcSpcDownload({
		points,
		spc: larcSpc(points),
		reason: 'gynaecological',
		areaLabel: 'Thurrock',
		period: PERIOD,
		targetWeeks: 18
	});
	return {
		download,
		records: download.rows.map((cells) =>
			Object.fromEntries(download.header.map((h, i) => [h, cells[i]]))
		)
	};
}

describe('the LARC SPC download', () => {
	it('gives each month the mean, process limits and target the charts draw', () => {
		const { download, records } = table(POINTS);
		expect(download.fileName).toBe('larc-spc-gynaecological_thurrock_2025-01-to-2025-12.csv');
		expect(records).toHaveLength(12);
		// List: mean (100 + 120) / 2 = 110; every moving range is 20, so the limits are
		// 110 ± 2.66 × 20 = 56.8 and 163.2.
		// Share: mean (0.80 + 0.85) / 2 = 82.5 %; moving range 0.05, so 82.5 % ± 2.66 × 5 % =
		// 69.2 % and 95.8 %; the aim is 92 %.
		expect(records[1]).toMatchObject({
			selected_area: 'Thurrock',
			period: 'January 2025 to December 2025',
			data_kind: 'synthetic demonstration data',
			month_end: '2025-02-28',
			reason: 'gynaecological',
			waiting: '120',
			list_spc_point_type: 'common_cause',
			list_mean: 110,
			list_lower_process_limit: 56.8,
			list_upper_process_limit: 163.2,
			percent_within_target: 85,
			share_spc_point_type: 'common_cause',
			share_mean_percent: 82.5,
			share_lower_process_limit_percent: 69.2,
			share_upper_process_limit_percent: 95.8,
			share_target_percent: 92
		});
		expect(records[0]).toMatchObject({ waiting: '100', percent_within_target: 80 });
	});

	it('keeps the columns, blank, when there are too few months for limits', () => {
		const { records } = table(POINTS.slice(0, 6));
		expect(records[0]).toMatchObject({
			list_mean: null,
			list_upper_process_limit: null,
			share_mean_percent: null,
			share_target_percent: 92
		});
	});
});
