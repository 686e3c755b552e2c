import { describe, expect, it } from 'vitest';
import {
	communityShareKpi,
	fasterDiagnosisKpi,
	gynaeWithinTargetKpi,
	larcListKpi,
	rttWithin18WeeksKpi
} from './kpiResults';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { wilsonLower } from '$lib/stats/confidenceIntervals';

const monthEnd = (i: number) => new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10);

function listRows(values: number[], within: number[]): WaitingListRow[] {
	return values.map((waiting, i) => ({
		month_end: monthEnd(i),
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'gynaecological',
		waiting,
		within_target: within[i],
		waiting_in_rate_ages: waiting
	}));
}

describe('KPI results', () => {
	it('reads a rising gynaecological list as special cause concern', () => {
		const rows = listRows(
			[50, 50, 51, 50, 49, 50, 51, 50, 60, 70, 80, 90, 100, 110, 120],
			Array(15).fill(40)
		);
		const kpi = larcListKpi(rows, 'gynaecological');
		expect(kpi).toMatchObject({ value: 120, valueText: '120', period: 'March 2026' });
		// The SPC reading draws on all 15 months, January 2025 to March 2026.
		expect(kpi.basis).toEqual({ from: '2025-01', to: '2026-03' });
		expect(kpi.spc?.variationIcon).toBe('concern_high');
		expect(kpi.reading).toMatch(/^Special cause — concerning/);
		expect(kpi.trend).toHaveLength(15);
		expect(kpi.trend.at(-1)).toEqual({ date: '2026-03-31', value: 120 });
		expect(kpi.change).toBe('Up 10 from February 2026 (110)');
	});

	it('judges the share within 18 weeks against the 92% aim', () => {
		const rows = listRows(Array(12).fill(100), Array(12).fill(60));
		const kpi = gynaeWithinTargetKpi(rows);
		expect(kpi.value).toBe(0.6);
		expect(kpi.spc?.assurance).toBe('consistent_fail');
	});

	it('says when there are too few months for SPC', () => {
		expect(larcListKpi(listRows([5, 6, 7], [1, 1, 1]), 'gynaecological').reading).toBe(
			'Too few months (3) for SPC.'
		);
	});

	it('pools the last three months of community share with a Wilson interval', () => {
		const kpi = communityShareKpi([
			{ month_end: '2026-07-31', community_fits: 1, all_fits: 100 },
			{ month_end: '2026-08-31', community_fits: 30, all_fits: 50 },
			{ month_end: '2026-09-30', community_fits: 30, all_fits: 50 },
			{ month_end: '2026-10-31', community_fits: 40, all_fits: 50 }
		]);
		expect(kpi.value).toBeCloseTo(100 / 150, 12);
		expect(kpi.period).toBe('August 2026 to October 2026');
		expect(kpi.basis).toEqual({ from: '2026-08', to: '2026-10' });
		expect(kpi.reading).toContain(`95% CI ${(wilsonLower(100, 150) * 100).toFixed(1)}%`);
		expect(kpi.reading).toContain('above the 50% national scenario');
	});

	it('counts pessary changes overdue past the grace period, with first fits waiting apart', async () => {
		const { pessaryOverdueKpi } = await import('./kpiResults');
		const icb = {
			locality: 'Mid and South Essex',
			is_total: true,
			changes_due: 5611,
			changes_overdue: 34,
			median_weeks_past_due: 9,
			first_fits_waiting: 22,
			median_weeks_first_fit_waiting: 4
		};
		const kpi = pessaryOverdueKpi(icb, '2026-10-31', 4);
		// Disclosure: 34 → 35, 5,611 → 5,610, 22 → 20; 4 weeks' grace: due by 2 October 2026.
		expect(kpi).toMatchObject({ value: 34, valueText: '35', period: 'October 2026' });
		expect(kpi.reading).toBe(
			'Routine changes more than 4 weeks past due and not done, of 5,610 due by 2 October 2026. ' +
				'First fits waiting (not counted as overdue): 20.'
		);
		expect(pessaryOverdueKpi(undefined, '2026-10-31').valueText).toBe('Not available');
	});

	it('reports the published FDS figure against the standard of its month', () => {
		const kpi = fasterDiagnosisKpi([
			{
				period: '2023-07-01',
				referral_route: 'x',
				org_level: 'ICB',
				organisations: 1,
				total: null,
				within_standard: null
			},
			{
				period: '2024-07-01',
				referral_route: 'x',
				org_level: 'ICB',
				organisations: 1,
				total: 614,
				within_standard: 361
			}
		]);
		expect(kpi.valueText).toBe('58.8%');
		expect(kpi.period).toBe('July 2024');
		expect(kpi.basis).toEqual({ from: '2024-07', to: '2024-07' });
		// July 2024: judged against the 75 % operational standard; 77 % was the ambition for March 2025.
		expect(kpi.reading).toBe(
			'361 of 614 patients, against the 75.0% operational standard in force that month; ' +
				'the ambition for the year was 77.0% by March 2025.'
		);
	});

	it('adds admitted and non-admitted completed pathways for the latest month', () => {
		const kpi = rttWithin18WeeksKpi([
			{
				period: '2025-10-01',
				pathway: 'admitted',
				completed: 10,
				within_18_weeks: 1,
				over_52_weeks: 0
			},
			{
				period: '2025-11-01',
				pathway: 'admitted',
				completed: 200,
				within_18_weeks: 90,
				over_52_weeks: 5
			},
			{
				period: '2025-11-01',
				pathway: 'non_admitted',
				completed: 1800,
				within_18_weeks: 1010,
				over_52_weeks: 2
			}
		]);
		expect(kpi.value).toBeCloseTo(1100 / 2000, 12);
		expect(kpi.reading).toBe('1,100 of 2,000 completed pathways (published counts).');
	});
});
