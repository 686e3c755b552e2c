import { describe, expect, it } from 'vitest';
import type { RttBandRow } from '$lib/queries/rttCompleted';
import { rttDistributionCardModel } from './rttDistributionCard';
import { rttMonthTable } from './rttSummaries';

const band = (
	pathway: 'admitted' | 'non_admitted',
	weeks_from: number,
	patients: number | null,
	period = '2025-09-01'
): RttBandRow => ({
	period,
	pathway,
	weeks_from,
	weeks_to: weeks_from === 104 ? null : weeks_from + 1,
	patients
});

const bands = [
	band('admitted', 0, 91),
	band('admitted', 20, 37),
	band('admitted', 104, 4),
	// Listed out of order, and without a ">20–21" band: matched to admitted by band, not position.
	band('non_admitted', 104, 0),
	band('non_admitted', 0, null),
	// Another month, never shown with September's.
	band('admitted', 0, 500, '2025-10-01')
];
const months = rttMonthTable(
	[
		{
			period: '2025-09-01',
			pathway: 'admitted',
			completed: 132,
			within_18_weeks: 91,
			over_52_weeks: 4
		},
		{
			period: '2025-09-01',
			pathway: 'non_admitted',
			completed: null,
			within_18_weeks: null,
			over_52_weeks: null
		}
	],
	bands
);
const card = rttDistributionCardModel({ bands, months, period: '2025-09-01' });

describe('rttDistributionCardModel', () => {
	it('gives one row per weekly band with both pathways side by side, as published', () => {
		expect(card.rows).toEqual([
			{
				from: 0,
				band: 'more than 0 and up to 1 weeks',
				admitted: '91',
				nonAdmitted: 'Not published'
			},
			{
				from: 20,
				band: 'more than 20 and up to 21 weeks',
				admitted: '37',
				nonAdmitted: 'Not published'
			},
			{ from: 104, band: 'more than 104 weeks', admitted: '4', nonAdmitted: '0' }
		]);
		expect(card.caption).toBe('Gynaecology pathways completed in September 2025 by weeks waited');
	});

	it('draws a histogram per pathway for the month chosen, with 18 and 52 weeks marked', () => {
		expect(card.charts.map((c) => c.label)).toEqual([
			'Histogram: admitted gynaecology pathways completed in September 2025 by weeks waited',
			'Histogram: non-admitted gynaecology pathways completed in September 2025 by weeks waited'
		]);
		expect(card.charts[0].bins).toEqual([
			{ from: 0, to: 1, value: 91 },
			{ from: 20, to: 21, value: 37 },
			{ from: 104, to: null, value: 4 }
		]);
		expect(card.references).toEqual([
			{ at: 18, label: '18 weeks' },
			{ at: 52, label: '52 weeks' }
		]);
		// 91 of 132 = 68.9 %.
		expect(card.summary).toBe(
			'September 2025, gynaecology pathways completed at Mid and South Essex NHS FT: 91 of 132 ' +
				'admitted (68.9%) within 18 weeks, 4 over 52 weeks; non-admitted: not published.'
		);
	});

	it('downloads the bands of the month, as published', () => {
		const [download] = card.downloads;
		expect(download.fileName).toBe(
			'rtt-gynaecology-weeks-waited_mid-and-south-essex-nhs-foundation-trust-raj_2025-09.csv'
		);
		expect(download.rows.map((r) => r.slice(3, 7))).toEqual([
			['2025-09-01', '>0–1', 91, 'Not published'],
			['2025-09-01', '>20–21', 37, 'Not published'],
			['2025-09-01', '104+', 4, 0]
		]);
		expect(download.rows[0].slice(0, 3)).toEqual([
			'Mid and South Essex NHS Foundation Trust (RAJ)',
			'September 2025',
			'published data'
		]);
	});
});
