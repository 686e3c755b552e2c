import { describe, expect, it } from 'vitest';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import type { Intervention } from '$lib/data/interventions';
import { xmrLimits } from '$lib/stats/spc';
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
			sharePoint: 'Common cause',
			interventions: ''
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

	describe('at a logged intervention', () => {
		// The list steps down at July: 102/118 alternately (mean 110), then 62/78 (mean 70); within
		// target 80/100 (81.6 %), then 60/75 (96.8 % and 96.2 %, mean 96.5 %).
		const waiting = MONTH_ENDS.map((_, i) => (i < 6 ? 0 : -40) + (i % 2 ? 118 : 102));
		const within = MONTH_ENDS.map((_, i) => (i < 6 ? (i % 2 ? 100 : 80) : i % 2 ? 75 : 60));
		const hub: Intervention = {
			id: 'hub-opened-thurrock-2025-07-01',
			date: '2025-07-01',
			label: 'Thurrock hub opened',
			scope: 'locality',
			scopeCode: 'Thurrock',
			kpiIds: ['gynae_larc_waiting'],
			kind: 'hub_opened'
		};
		const other: Intervention = {
			...hub,
			id: 'rtt-change',
			date: '2025-03-10',
			label: 'RTT change',
			kpiIds: ['rtt_gynaecology_within_18_weeks']
		};
		const rebased = (rebaseId?: string) =>
			larcSpcCardModel({
				...input(rows(waiting, within)),
				interventions: [hub, other],
				rebaseId,
				searchFor: (id) => (id ? `?rebase=${id}` : '?')
			});

		it('marks it at the first month end after it, in the table and the download, but never rebases unasked', () => {
			const card = rebased();
			expect(card.markers.map((m) => [m.number, m.text, m.pointIndex])).toEqual([
				[1, 'Thurrock hub opened, 1 July 2025', 6]
			]);
			expect(card.rows[6].interventions).toBe('1. Thurrock hub opened, 1 July 2025');
			expect(card.rows.filter((r) => r.interventions)).toHaveLength(1);
			const [download] = card.downloads;
			expect(download.rows[6][download.header.indexOf('interventions')]).toBe(
				'1. Thurrock hub opened, 1 July 2025'
			);
			expect(new Set(card.charts[0].result!.points.map((p) => p.rebaseGroup)).size).toBe(1);
			expect(card.rebase.options.map((o) => [o.text, o.search, o.current])).toEqual([
				['No rebase', '?', true],
				[
					'Rebase at 1. Thurrock hub opened, 1 July 2025',
					'?rebase=hub-opened-thurrock-2025-07-01',
					false
				]
			]);
		});

		it('gives each segment the limits the library gives it on its own', () => {
			const card = rebased(hub.id);
			const [list, share] = card.charts.map((c) => c.result!);
			const shares = waiting.map((w, i) => within[i] / w);
			for (const [result, values] of [
				[list, waiting],
				[share, shares]
			] as const) {
				for (const [segment, from, to] of [
					[result.points.slice(0, 6), 0, 6],
					[result.points.slice(6), 6, 12]
				] as const) {
					const expected = xmrLimits(values.slice(from, to));
					for (const p of segment) {
						expect(p.mean).toBeCloseTo(expected.mean, 12);
						expect(p.lpl).toBeCloseTo(expected.lpl, 12);
						expect(p.upl).toBeCloseTo(expected.upl, 12);
					}
				}
			}
			// By hand: moving ranges all 16, so the limits are the mean ± 2.66 × 16 = ± 42.56.
			expect([list.points[0].upl, list.points[0].lpl]).toEqual([152.56, 67.44]);
			expect(list.points[11].upl).toBeCloseTo(112.56, 10);
			expect(list.points[11].lpl).toBeCloseTo(27.44, 10);
		});

		it('says what changed on each chart', () => {
			const card = rebased(hub.id);
			expect(card.rebase.options[1].current).toBe(true);
			expect(card.charts.map((c) => c.change)).toEqual([
				'After Thurrock hub opened (July 2025) the mean fell from 110 to 70. ' +
					'The limits before it rest on only 6 points, so treat them as provisional.',
				'After Thurrock hub opened (July 2025) the mean rose from 81.6% to 96.5% and the process is now capable of meeting the target. ' +
					'The limits before it rest on only 6 points, so treat them as provisional.'
			]);
			expect(card.summary).toContain(
				': no significant change. After Thurrock hub opened (July 2025) the mean fell from 110 to 70.'
			);
		});

		it('refuses a rebase at anything but a logged intervention shown', () => {
			const card = rebased('rtt-change');
			expect(card.rebase.problem).toBe(
				'"rtt-change" is not an intervention logged for this selection within the months shown, so the chart is not rebased.'
			);
			expect(card.charts.every((c) => c.change === null)).toBe(true);
		});
	});
});
