import { describe, expect, it } from 'vitest';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { larcSpcCardModel } from './spcCard';

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

/** One locality's gynaecological list at each month end: `waiting[i]`, `within[i]` within target. */
function rows(waiting: number[], within: number[]): WaitingListRow[] {
	return MONTH_ENDS.map((month_end, i) => ({
		month_end,
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'gynaecological',
		waiting: waiting[i],
		within_target: within[i],
		waiting_in_rate_ages: waiting[i]
	}));
}

const input = (r: WaitingListRow[]) => ({
	rows: r,
	reason: 'gynaecological' as const,
	areaLabel: 'Thurrock',
	period: { from: '2025-01-01', to: '2025-12-31' },
	targetWeeks: 18
});

// Alternating 102 and 118 women, 80 and 100 within target: shares 78.4 % and 84.7 %.
const STEADY = rows(
	MONTH_ENDS.map((_, i) => (i % 2 ? 118 : 102)),
	MONTH_ENDS.map((_, i) => (i % 2 ? 100 : 80))
);

describe('larcSpcCardModel', () => {
	it('draws both XmR charts, the list with its counts as published', () => {
		const card = larcSpcCardModel(input(STEADY));
		expect(card.summary).toBe(
			'Waiting list for gynaecological reasons in Thurrock: Common cause variation: no significant change. ' +
				'Share within 18 weeks: Common cause variation: no significant change.'
		);
		const [list, share] = card.charts;
		// 102 → 100 and 118 → 120 (nearest 5) are what the chart draws; the mean stays 110.
		expect(list.result?.points.slice(0, 2).map((p) => [p.value, p.mean])).toEqual([
			[100, 110],
			[120, 110]
		]);
		expect(share.result?.points[0].value).toBeCloseTo(80 / 102, 10);
		expect(card.rows[1]).toEqual({
			key: '2025-02-28',
			month: 'Feb 2025',
			waiting: '120',
			listPoint: 'Common cause',
			share: '84.7%',
			sharePoint: 'Common cause'
		});
		expect(card.aim).toMatch(/^92% \(the RTT incomplete-pathway standard/);
	});

	it('withholds a month of 1–7 women: no chart, "*" in the table and the download', () => {
		// March: 6 women waiting, 5 within target; June: 40 waiting, 3 within target.
		const waiting = MONTH_ENDS.map((_, i) => (i === 2 ? 6 : i === 5 ? 40 : i % 2 ? 118 : 102));
		const within = MONTH_ENDS.map((_, i) => (i === 2 ? 5 : i === 5 ? 3 : i % 2 ? 100 : 80));
		const card = larcSpcCardModel(input(rows(waiting, within)));
		const [list, share] = card.charts;
		expect(list.result).toBeNull();
		expect(list.withheld).toContain('1 to 7 women');
		expect(share.result).toBeNull();
		expect(card.rows[2]).toMatchObject({ waiting: '*', share: '*' });
		// June's list (40) is shown; its share (3 of 40, 7.5 %) would give the 3 back.
		expect(card.rows[5]).toMatchObject({ waiting: '40', share: '*' });
		const [download] = card.downloads;
		const at = (h: string) => download.header.indexOf(h);
		expect([
			download.rows[2][at('waiting')],
			download.rows[2][at('percent_within_target')]
		]).toEqual(['*', '*']);
		expect([
			download.rows[5][at('waiting')],
			download.rows[5][at('percent_within_target')]
		]).toEqual(['40', '*']);
	});

	it('says why no limits are drawn with fewer than 12 months', () => {
		const card = larcSpcCardModel(input(STEADY.slice(0, 6)));
		expect(card.charts).toEqual([]);
		expect(card.summary).toBe(
			'There are only 6 months in the period: SPC needs at least 12, so no limits are drawn.'
		);
		expect(card.rows.map((r) => r.listPoint)).toEqual(Array(6).fill('–'));
	});
});
