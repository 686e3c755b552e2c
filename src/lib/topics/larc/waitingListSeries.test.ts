import { describe, expect, it } from 'vitest';
import {
	denominatorsFrom,
	waitingListAxisLabel,
	waitingListDownload,
	waitingListPanels,
	waitingListRateColumns,
	waitingListTable
} from './waitingListSeries';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { rateAgesByReason } from '$lib/queries/larcRateAges';

// Of the women waiting for gynaecological reasons, some are older than the rate's 15–64.
const rows: WaitingListRow[] = [
	{
		month_end: '2026-09-30',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'gynaecological',
		waiting: 40,
		within_target: 0,
		waiting_in_rate_ages: 36
	},
	{
		month_end: '2026-09-30',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'contraceptive',
		waiting: 12,
		within_target: 0,
		waiting_in_rate_ages: 12
	},
	{
		month_end: '2026-10-31',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'gynaecological',
		waiting: 44,
		within_target: 0,
		waiting_in_rate_ages: 44
	},
	{
		month_end: '2026-10-31',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'contraceptive',
		waiting: 9,
		within_target: 0,
		waiting_in_rate_ages: 8
	}
];

const ALL_AGES = rateAgesByReason();
// Thurrock women aged 15–64 (gynaecological) and 15–54 (contraceptive).
const denominators = denominatorsFrom(
	[
		{ locality: 'Thurrock', reason: 'gynaecological', women: 20_000 },
		{ locality: 'Thurrock', reason: 'contraceptive', women: 16_000 }
	],
	ALL_AGES
);

describe('waiting list shapes', () => {
	it('makes one panel per reason with one series per locality present, counts as published', () => {
		const panels = waitingListPanels(rows);
		expect(panels.map((p) => p.reason)).toEqual(['gynaecological', 'contraceptive']);
		expect(panels[0].series).toHaveLength(1);
		// 40 → 40, 44 → 45; 12 → 10, 9 → 10 (nearest 5), as the table shows them.
		expect(panels[0].series[0].points).toEqual([
			{ date: '2026-09-30', value: 40 },
			{ date: '2026-10-31', value: 45 }
		]);
		expect(panels[1].series[0].points.map((p) => p.value)).toEqual([10, 10]);
	});

	it("rates count only women of the denominator's ages, over each reason's own women", () => {
		const panels = waitingListPanels(rows, denominators);
		// Gynaecological: 36 / 20,000 and 44 / 20,000 per 1,000 (not 40 / 20,000 = 2).
		expect(panels[0].series[0].points.map((p) => p.value)).toEqual([1.8, 2.2]);
		// Contraceptive: 12 / 16,000 and 8 / 16,000 per 1,000.
		expect(panels[1].series[0].points.map((p) => p.value)).toEqual([0.75, 0.5]);
	});

	it('pivots reasons into columns without adding them together', () => {
		expect(waitingListTable(rows)).toEqual([
			{
				month_end: '2026-09-30',
				locality: 'Thurrock',
				area: 'Thurrock',
				gynaecological: 40,
				contraceptive: 12,
				gynaecologicalInRateAges: 36,
				contraceptiveInRateAges: 12,
				gynaecologicalRate: null,
				contraceptiveRate: null
			},
			{
				month_end: '2026-10-31',
				locality: 'Thurrock',
				area: 'Thurrock',
				gynaecological: 44,
				contraceptive: 9,
				gynaecologicalInRateAges: 44,
				contraceptiveInRateAges: 8,
				gynaecologicalRate: null,
				contraceptiveRate: null
			}
		]);
		const [september] = waitingListTable(rows, denominators);
		expect([september.gynaecological, september.gynaecologicalRate]).toEqual([40, 1.8]);
	});

	it('labels each rate with the ages it covers, or the chosen band', () => {
		expect(waitingListAxisLabel('gynaecological')).toBe('Women waiting');
		expect(waitingListAxisLabel('gynaecological', denominators)).toBe(
			'Waiting per 1,000 women aged 15–64'
		);
		expect(waitingListAxisLabel('contraceptive', denominators)).toBe(
			'Waiting per 1,000 women aged 15–54'
		);
		const band = denominatorsFrom([], rateAgesByReason('25-34'));
		expect(waitingListAxisLabel('gynaecological', band)).toBe('Waiting per 1,000 women aged 25–34');
		expect(waitingListRateColumns()).toEqual([]);
		const columns = waitingListRateColumns(denominators);
		expect(columns.map((c) => [c.heading, c.csvHeader])).toEqual([
			['Gynaecological per 1,000 women aged 15–64', 'gynaecological_per_1000_women_aged_15_64'],
			['Contraceptive per 1,000 women aged 15–54', 'contraceptive_per_1000_women_aged_15_54']
		]);
		expect(waitingListRateColumns(band).map((c) => c.heading)).toEqual([
			'Gynaecological per 1,000 women aged 25–34',
			'Contraceptive per 1,000 women aged 25–34'
		]);
	});

	it("names the line and the table rows after a chosen PCN, not the PCN's locality", () => {
		const pcnRows = rows.map((r) => ({ ...r, area: 'ASOP PCN' }));
		const [gynae] = waitingListPanels(pcnRows);
		expect(gynae.series.map((s) => s.label)).toEqual(['ASOP PCN']);
		expect(waitingListTable(pcnRows).map((r) => r.area)).toEqual(['ASOP PCN', 'ASOP PCN']);
	});

	it("downloads the area chosen (a PCN, never its locality), with rates at the table's precision", () => {
		const pcnRows = rows.map((r) => ({ ...r, area: 'ASOP PCN' }));
		const period = { from: '2026-09-01', to: '2026-10-31' };
		const download = waitingListDownload(pcnRows, 'ASOP PCN', period);
		expect(download.fileName).toBe('larc-waiting-list_asop-pcn_2026-09-to-2026-10.csv');
		expect(download.header).toEqual([
			'selected_area',
			'period',
			'data_kind',
			'month_end',
			'area',
			'waiting_gynaecological',
			'waiting_contraceptive',
			'source',
			'disclosure_control'
		]);
		// 40 → 40 and 12 → 10 (nearest 5); 44 → 45 and 9 → 10.
		expect(download.rows.map((r) => r.slice(0, 7))).toEqual([
			[
				'ASOP PCN',
				'September 2026 to October 2026',
				'synthetic demonstration data',
				'2026-09-30',
				'ASOP PCN',
				'40',
				'10'
			],
			[
				'ASOP PCN',
				'September 2026 to October 2026',
				'synthetic demonstration data',
				'2026-10-31',
				'ASOP PCN',
				'45',
				'10'
			]
		]);
		expect(download.rows.flat()).not.toContain('Thurrock');

		// Rates: 36 / 20,000 × 1,000 = 1.80 and 12 / 16,000 × 1,000 = 0.75 in September;
		// 44 / 20,000 = 2.20 and 8 / 16,000 = 0.50 in October.
		const rated = waitingListDownload(rows, 'Thurrock', period, denominators);
		const at = (h: string) => rated.header.indexOf(h);
		expect(
			rated.rows.map((r) => [
				r[at('gynaecological_per_1000_women_aged_15_64')],
				r[at('contraceptive_per_1000_women_aged_15_54')]
			])
		).toEqual([
			[1.8, 0.75],
			[2.2, 0.5]
		]);
	});
});
