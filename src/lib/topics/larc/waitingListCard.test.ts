import { describe, expect, it } from 'vitest';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { rateAgesByReason } from '$lib/queries/larcRateAges';
import { waitingListCardModel } from './waitingListCard';
import { denominatorsFrom } from './waitingListSeries';

const row = (
	month_end: string,
	reason: WaitingListRow['reason'],
	waiting: number,
	waiting_in_rate_ages = waiting
): WaitingListRow => ({
	month_end,
	locality: 'Thurrock',
	area: 'ASOP PCN',
	reason,
	waiting,
	within_target: 0,
	waiting_in_rate_ages
});

// September: 23 and 12 women waiting; October: 5 (1–7, withheld) and 16 of whom 6 are of the
// contraceptive rate's ages (15–54).
const rows = [
	row('2026-09-30', 'gynaecological', 23),
	row('2026-09-30', 'contraceptive', 12),
	row('2026-10-31', 'gynaecological', 5),
	row('2026-10-31', 'contraceptive', 16, 6)
];
const period = { from: '2026-09-01', to: '2026-10-31' };
const denominators = denominatorsFrom(
	[
		{ locality: 'Thurrock', reason: 'gynaecological', women: 10_000 },
		{ locality: 'Thurrock', reason: 'contraceptive', women: 8_000 }
	],
	rateAgesByReason()
);

describe('waitingListCardModel', () => {
	it('shows counts as published: rounded to 5, and 1–7 as "*" in the table and a gap in the chart', () => {
		const card = waitingListCardModel({ rows, areaLabel: 'ASOP PCN', period });
		expect(card.measure).toBe('count');
		expect(card.panels.map((p) => [p.reason, p.yLabel])).toEqual([
			['gynaecological', 'Women waiting'],
			['contraceptive', 'Women waiting']
		]);
		// 23 → 25 and 5 → withheld; 12 → 10 and 16 → 15.
		expect(card.panels[0].series[0].points.map((p) => p.value)).toEqual([25, null]);
		expect(card.panels[1].series[0].points.map((p) => p.value)).toEqual([10, 15]);
		expect(card.panels[0].series[0].label).toBe('ASOP PCN');
		expect(card.rows.map((r) => [r.month, r.area, r.gynaecological, r.contraceptive])).toEqual([
			['Sep 2026', 'ASOP PCN', '25', '10'],
			['Oct 2026', 'ASOP PCN', '*', '15']
		]);
		expect(card.caption).toBe('Women waiting for a LARC fit at month end, ASOP PCN');
		expect(card.rateHeadings).toEqual([]);
		expect(card.ratesSentence).toBeNull();
		const [download] = card.downloads;
		const at = (h: string) => download.header.indexOf(h);
		expect(
			download.rows.map((r) => [r[at('waiting_gynaecological')], r[at('waiting_contraceptive')]])
		).toEqual([
			['25', '10'],
			['*', '15']
		]);
	});

	it('withholds a rate wherever the women it counts are 1–7, in chart, table and download', () => {
		const card = waitingListCardModel({ rows, areaLabel: 'Thurrock', period, denominators });
		expect(card.measure).toBe('rate');
		// Gynaecological: 23 / 10,000 × 1,000 = 2.30, then 5 women: withheld.
		expect(card.panels[0].series[0].points.map((p) => p.value)).toEqual([2.3, null]);
		// Contraceptive: 12 / 8,000 × 1,000 = 1.50, then 6 women of the rate's ages: withheld,
		// although 16 women are waiting in all.
		expect(card.panels[1].series[0].points.map((p) => p.value)).toEqual([1.5, null]);
		expect(card.panels[1].yLabel).toBe('Waiting per 1,000 women aged 15–54');
		expect(card.rows.map((r) => r.rates.map((x) => x.text))).toEqual([
			['2.30', '1.50'],
			['*', '*']
		]);
		const [download] = card.downloads;
		const at = (h: string) => download.header.indexOf(h);
		expect(
			download.rows.map((r) => [
				r[at('gynaecological_per_1000_women_aged_15_64')],
				r[at('contraceptive_per_1000_women_aged_15_54')]
			])
		).toEqual([
			[2.3, 1.5],
			['*', '*']
		]);
		expect(card.ratesSentence).toContain('15–64 for gynaecological reasons');
	});

	it('summarises the latest month with counts as published', () => {
		const card = waitingListCardModel({ rows, areaLabel: 'ASOP PCN', period });
		expect(card.summary).toBe(
			'At the end of October 2026, women waiting for a LARC fit in ASOP PCN: ' +
				'* for gynaecological reasons; 15 for contraceptive reasons.'
		);
	});
});
