import { describe, expect, it } from 'vitest';
import type { PessaryOverdueRow } from '$lib/queries/pessaryActivity';
import { pessaryCardModel, type PessaryCardInput } from './pessaryCard';

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

	it('says so when there is nothing to compare', () => {
		const card = pessaryCardModel(input({ shift: [], windows: null, firstHubOpen: null }));
		expect(card.summary).toMatch(/^In Mid and South Essex, there are too few episodes/);
		expect(card.comparison).toEqual([]);
	});
});
