import { describe, expect, it } from 'vitest';
import type { UscPublishedRow } from '$lib/queries/uscPublished';
import { uscPublishedCardModel } from './uscPublishedCard';

const rows: UscPublishedRow[] = [
	{
		period: '2021-07-01',
		measure: 'two_week_wait',
		org_level: 'CCG',
		organisations: 5,
		all_cancers: 5084,
		gynaecological: null
	},
	{
		period: '2024-07-01',
		measure: 'usc_first_appointment',
		org_level: 'ICB',
		organisations: 1,
		all_cancers: 6181,
		gynaecological: 547
	}
];

describe('uscPublishedCardModel', () => {
	const card = uscPublishedCardModel(rows);

	it('draws gynaecology first and leaves a labelled gap where nothing is published', () => {
		expect(card.charts.map((c) => c.heading)).toEqual([
			'Suspected gynaecological cancer',
			'All suspected cancers (context)'
		]);
		expect(card.charts[0].bars.map((b) => [b.label, b.value, b.valueLabel])).toEqual([
			['Jul 2021', null, 'Not published'],
			['Jul 2024', 547, '547']
		]);
		expect(card.charts[1].bars.map((b) => b.valueLabel)).toEqual(['5,084', '6,181']);
		expect(card.spcNote).toBe(
			'Too few points for SPC: the files publish 2 months, one a year, and an SPC chart needs at least 12 consecutive months.'
		);
	});

	it('shows each row as published, naming the summed CCGs', () => {
		expect(card.caption).toBe(
			'Patients first seen after an urgent suspected cancer referral, Mid and South Essex'
		);
		expect(card.rows).toEqual([
			{
				key: '2021-07-01CCG',
				month: '2021-07-01',
				monthLabel: 'Jul 2021',
				measure: 'Two-week wait: urgent GP referral to first appointment',
				organisation: 'Sum of the 5 former CCGs',
				all: '5,084',
				gynaecological: 'Not published'
			},
			{
				key: '2024-07-01ICB',
				month: '2024-07-01',
				monthLabel: 'Jul 2024',
				measure: 'Urgent suspected cancer referral to first appointment',
				organisation: 'ICB (QH8)',
				all: '6,181',
				gynaecological: '547'
			}
		]);
		// (6181 − 5084) / 5084 = 21.6 %: the change is given for all cancers only.
		expect(card.summary).toContain('up 22% on July 2021 (5,084)');
	});

	it('downloads the published counts unrounded, over July 2021 to July 2024', () => {
		const [download] = card.downloads;
		expect(download.fileName).toBe(
			'usc-demand-published_mid-and-south-essex-icb-qh8_2021-07-to-2024-07.csv'
		);
		expect(download.header.slice(3, 8)).toEqual([
			'month',
			'measure',
			'organisation',
			'all_suspected_cancers',
			'suspected_gynaecological_cancer'
		]);
		expect(download.rows[0].slice(0, 8)).toEqual([
			'Mid and South Essex ICB (QH8)',
			'July 2021 to July 2024',
			'published data',
			'2021-07-01',
			'two_week_wait',
			'Sum of the 5 former CCGs',
			5084,
			'Not published'
		]);
		expect(download.rows[1][7]).toBe(547);
	});
});
