import { describe, expect, it } from 'vitest';
import type { PessaryOverdueRow } from '$lib/queries/pessaryActivity';
import { wilsonLower, wilsonUpper } from '$lib/stats/confidenceIntervals';
import { pessaryCardModel, type PessaryCardInput } from './pessaryCard';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const overdueRow = (over: Partial<PessaryOverdueRow>): PessaryOverdueRow => ({
	locality: 'Mid and South Essex',
	is_total: true,
	changes_due: 5611,
	changes_overdue: 34,
	median_weeks_past_due: 9.25,
	first_fits_waiting: 22,
	median_weeks_first_fit_waiting: 3.5,
	...over
});

function input(over: Partial<PessaryCardInput> = {}): PessaryCardInput {
	return {
		byMonth: [],
		overdue: [
			overdueRow({
				locality: 'Thurrock',
				is_total: false,
				changes_overdue: 5,
				first_fits_waiting: 0
			}),
			overdueRow({})
		],
		shift: [
			{ phase: 'before_hubs', community_episodes: 340, all_episodes: 1153 },
			{ phase: 'since_hubs', community_episodes: 1524, all_episodes: 2218 }
		],
		windows: {
			before: { from: '2023-12-01', to: '2024-06-30' },
			since: { from: '2025-11-01', to: '2026-10-31' }
		},
		firstHubOpen: '2024-07-01',
		areaLabel: 'Mid and South Essex',
		asAt: '2026-10-31',
		graceWeeks: 4,
		months: { from: '2026-08-01', to: '2026-10-31' },
		...over
	};
}

describe('pessary card', () => {
	it('names both windows by their real dates and months', () => {
		const card = pessaryCardModel(input());
		// 1524 / 2218 = 68.71 %; 340 / 1153 = 29.49 %.
		expect(card.summary).toContain(
			'68.7% (95% CI 66.7% to 70.6%) of ring pessary episodes from November 2025 to October 2026 (12 months)'
		);
		expect(card.summary).toContain(
			'against 29.5% from December 2023 to June 2024 (7 months), before the first hub opened on 1 July 2024.'
		);
		expect(card.comparison.map((r) => [r.key, r.window, r.share])).toEqual([
			['before_hubs', 'December 2023 to June 2024 (7 months)', '29.5%'],
			['since_hubs', 'November 2025 to October 2026 (12 months)', '68.7%']
		]);
		expect(card.windowsRule).toContain('"Before" is December 2023 to June 2024 (7 months)');
	});

	it('gives changes overdue past the grace period and first fits waiting apart', () => {
		const card = pessaryCardModel(input());
		// Disclosure: 34 → 35, 5,611 → 5,610, 22 → 20.
		expect(card.summary).toContain(
			'At 31 October 2026, 35 routine changes were more than 4 weeks past due and not done ' +
				'(of 5,610 due by 2 October 2026), and 20 women were waiting for a first fit.'
		);
		expect(card.dueBy).toBe('due by 2 October 2026');
		expect(card.overdueRule).toContain('more than 4 weeks past its due date');
		expect(card.overdueRule).toContain('local assumption');
	});

	it('takes the total row by its flag and hides medians of suppressed counts', () => {
		const card = pessaryCardModel(input({ areaLabel: 'Thurrock' }));
		expect(card.summary).toContain('35 routine changes');
		expect(card.overdueRows[0]).toMatchObject({
			area: 'Thurrock',
			changesOverdue: '*',
			medianWeeksPastDue: '*',
			firstFitsWaiting: '0',
			medianWeeksFirstFitWaiting: '–'
		});
		expect(card.overdueRows[1]).toMatchObject({
			changesOverdue: '35',
			medianWeeksPastDue: '9.3 weeks',
			firstFitsWaiting: '20'
		});
	});

	it('states the grace period it was given', () => {
		const card = pessaryCardModel(input({ graceWeeks: 6 }));
		// 31 October 2026 less 6 weeks and a day: 18 September 2026.
		expect(card.dueBy).toBe('due by 18 September 2026');
		expect(card.summary).toContain('more than 6 weeks past due');
	});

	it('withholds a share and its interval where either count is 1–7, and does not compare', () => {
		const card = pessaryCardModel(
			input({
				areaLabel: 'ASOP PCN',
				// Before: 6 of 40 in primary care or a hub (withheld); since: 30 of 45 (66.7 %).
				shift: [
					{ phase: 'before_hubs', community_episodes: 6, all_episodes: 40 },
					{ phase: 'since_hubs', community_episodes: 30, all_episodes: 45 }
				]
			})
		);
		expect(card.comparison.map((r) => [r.key, r.community, r.all, r.share, r.interval])).toEqual([
			['before_hubs', '*', '40', '*', '*'],
			[
				'since_hubs',
				'30',
				'45',
				'66.7%',
				`${pct(wilsonLower(30, 45))} to ${pct(wilsonUpper(30, 45))}`
			]
		]);
		expect(card.summary).toMatch(
			/^In ASOP PCN, there are too few episodes to compare before and since the hubs opened\./
		);
		const records = card.downloads[1].rows.map((cells) =>
			Object.fromEntries(card.downloads[1].header.map((h, j) => [h, cells[j]]))
		);
		expect(records[0]).toMatchObject({
			primary_care_or_hub: '*',
			all_episodes: '40',
			percent_primary_care_or_hub: '*',
			lower_95_percent: '*',
			upper_95_percent: '*'
		});
		expect(records[1]).toMatchObject({ percent_primary_care_or_hub: 66.7 });
	});

	it('says so when there is nothing to compare', () => {
		const card = pessaryCardModel(input({ shift: [], windows: null, firstHubOpen: null }));
		expect(card.summary).toMatch(/^In Mid and South Essex, there are too few episodes/);
		expect(card.comparison).toEqual([]);
	});

	it('downloads each table with the area chosen, every month charted and counts under control', () => {
		const card = pessaryCardModel(
			input({
				areaLabel: 'Thurrock',
				overdue: [overdueRow({ locality: 'Thurrock', changes_overdue: 5, first_fits_waiting: 12 })],
				// No episodes in September 2026: the month is written as 0, not left out.
				byMonth: [
					{ month_end: '2026-08-31', setting: 'hub', episodes: 12 },
					{ month_end: '2026-08-31', setting: 'secondary_care', episodes: 3 },
					{ month_end: '2026-10-31', setting: 'primary_care', episodes: 41 }
				]
			})
		);
		const records = (i: number) =>
			card.downloads[i].rows.map((cells) =>
				Object.fromEntries(card.downloads[i].header.map((h, j) => [h, cells[j]]))
			);
		expect(card.downloads.map((d) => d.fileName)).toEqual([
			'pessary-episodes-by-setting_thurrock_2026-08-to-2026-10.csv',
			'pessary-before-and-since-hubs_thurrock_2023-12-to-2026-10.csv',
			'pessary-overdue-changes_thurrock_2026-10.csv'
		]);
		expect(card.monthRows.map((m) => m.key)).toEqual(['2026-08-31', '2026-09-30', '2026-10-31']);
		// Primary care, hub, hospital: 12 → 10 and 3 → "*"; 41 → 40.
		expect(card.monthRows.map((m) => m.episodes)).toEqual([
			['0', '10', '*'],
			['0', '0', '0'],
			['40', '0', '0']
		]);
		expect(card.chart.series.map((s) => s.points.map((p) => p.value))).toEqual([
			[0, 0, 40],
			[10, 0, 0],
			[null, 0, 0]
		]);
		expect(records(0)).toEqual([
			expect.objectContaining({
				selected_area: 'Thurrock',
				period: 'August 2026 to October 2026',
				data_kind: 'synthetic demonstration data',
				month_end: '2026-08-31',
				primary_care: '0',
				hub: '10',
				secondary_care: '*'
			}),
			expect.objectContaining({ month_end: '2026-09-30', primary_care: '0', hub: '0' }),
			expect.objectContaining({ month_end: '2026-10-31', primary_care: '40', hub: '0' })
		]);
		// 340 / 1153 = 29.49 % (Wilson 26.9 % to 32.2 %); 1524 / 2218 = 68.71 % (66.7 % to 70.6 %).
		expect(records(1)).toEqual([
			expect.objectContaining({
				comparison: 'Before the first hub opened',
				window_from: '2023-12-01',
				window_to: '2024-06-30',
				primary_care_or_hub: '340',
				all_episodes: '1155',
				percent_primary_care_or_hub: 29.5,
				lower_95_percent: 26.9,
				upper_95_percent: 32.2
			}),
			expect.objectContaining({
				comparison: 'Last 12 months',
				window_from: '2025-11-01',
				window_to: '2026-10-31',
				primary_care_or_hub: '1525',
				all_episodes: '2220',
				percent_primary_care_or_hub: 68.7,
				lower_95_percent: 66.7,
				upper_95_percent: 70.6
			})
		]);
		// 5 overdue is withheld, and so is its median; 12 first fits waiting → 10, median 3.5.
		expect(records(2)).toEqual([
			expect.objectContaining({
				selected_area: 'Thurrock',
				period: '31 October 2026',
				area: 'Thurrock',
				grace_weeks: 4,
				changes_due_by: '2026-10-02',
				changes_due: '5610',
				changes_overdue: '*',
				median_weeks_past_due: '*',
				first_fits_waiting: '10',
				median_weeks_first_fit_waiting: 3.5
			})
		]);
	});
});
