import { describe, expect, it } from 'vitest';
import type { RttBandRow, RttMonthRow } from '$lib/queries/rttCompleted';
import { rttMonthlyCardModel } from './rttMonthlyCard';
import { rttMonthTable } from './rttSummaries';

const band = (weeks_from: number, patients: number): RttBandRow => ({
	period: '2025-09-01',
	pathway: 'admitted',
	weeks_from,
	weeks_to: weeks_from + 1,
	patients
});

// The published September 2025 admitted gynaecology total (223, 91 within 18 weeks, 95 over 52),
// spread over three bands; non-admitted not published.
const summary: RttMonthRow[] = [
	{
		period: '2025-09-01',
		pathway: 'admitted',
		completed: 223,
		within_18_weeks: 91,
		over_52_weeks: 95
	},
	{
		period: '2025-09-01',
		pathway: 'non_admitted',
		completed: null,
		within_18_weeks: null,
		over_52_weeks: null
	}
];
const months = rttMonthTable(summary, [band(0, 91), band(20, 37), band(60, 95)]);
const card = rttMonthlyCardModel({ months, periods: ['2025-09-01'] });
const records = () =>
	card.downloads[0].rows.map((cells) =>
		Object.fromEntries(card.downloads[0].header.map((h, i) => [h, cells[i]]))
	);

describe('rttMonthlyCardModel', () => {
	it('shows each month and pathway as published, with the Wilson interval and banded percentiles', () => {
		// 91 / 223 = 40.8 %; Wilson 95 % by hand 34.6 % to 47.4 %. Median: the 111.5th patient is
		// 20.5 of the 37 in ">20–21" weeks, 20 + 20.5 / 37 = 20.6.
		expect(card.rows[0]).toEqual({
			key: '2025-09-01admitted',
			month: '2025-09-01',
			pathway: 'admitted',
			monthLabel: 'Sep 2025',
			pathwayLabel: 'Admitted',
			completed: '223',
			within18: '91',
			share: '40.8%',
			ci: '34.6% to 47.4%',
			over52: '95',
			median: '20.6',
			p95: '60.9'
		});
		expect(card.rows[1]).toMatchObject({
			pathwayLabel: 'Non-admitted',
			completed: 'Not published',
			share: 'Not published',
			ci: 'Not published',
			median: 'Not published'
		});
		expect(card.caption).toBe(
			'Gynaecology RTT pathways completed at Mid and South Essex NHS FT, by month'
		);
	});

	it('draws one interval series per pathway, with a gap where nothing is published', () => {
		expect(card.title).toBe('Gynaecology: RTT pathways completed within 18 weeks, month on month');
		expect(card.chart.categories).toEqual([{ key: '2025-09-01', label: 'Sep 2025' }]);
		expect(card.chart.series.map((s) => s.key)).toEqual(['admitted', 'non_admitted']);
		expect(card.chart.series[0].points[0]?.value).toBeCloseTo(91 / 223, 10);
		expect(card.chart.series[1].points[0]).toEqual({ value: null, lower: null, upper: null });
		expect(card.spcNote).toBe(
			'Too few points for SPC: 1 month is published here, and an SPC chart needs at least 12.'
		);
	});

	it('downloads the published counts as published, with the share and interval to one decimal', () => {
		const [admitted, nonAdmitted] = records();
		expect(admitted).toMatchObject({
			selected_area: 'Mid and South Essex NHS Foundation Trust (RAJ)',
			month: '2025-09-01',
			pathway: 'admitted',
			completed_pathways: 223,
			within_18_weeks: 91,
			percent_within_18_weeks: 40.8,
			ci95_lower_percent: 34.6,
			ci95_upper_percent: 47.4,
			over_52_weeks: 95,
			median_weeks_estimated: '20.6'
		});
		expect(nonAdmitted).toMatchObject({
			completed_pathways: 'Not published',
			percent_within_18_weeks: 'Not published',
			ci95_lower_percent: null
		});
	});
});
