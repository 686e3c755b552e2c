import { describe, expect, it } from 'vitest';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import { deprivationRateRatioKpi, hubRequirementsKpi, travelCoverageKpi } from './programmeKpis';

describe('women within the travel threshold of a LARC site', () => {
	it('is the share of women within the threshold, said to be modelled', () => {
		const kpi = travelCoverageKpi(
			{ women: 8000, within: 6150.4 },
			{ threshold: 30, ages: '15–64' }
		);
		// 6,150.4 ÷ 8,000 = 0.7688 → 76.9%.
		expect(kpi.value).toBeCloseTo(0.7688, 10);
		expect(kpi.valueText).toBe('76.9%');
		expect(kpi.reading).toBe(
			'Modelled: 6,150 of 8,000 women aged 15–64 live within 30 minutes by car of a site offering LARC for gynaecological reasons.'
		);
	});
});

/** Two age bands per fifth, so the ratio must add them before dividing. */
const rows = (end: string, most: [number, number], least: [number, number]): GroupAgeRow[] =>
	(
		[
			['1', '15-24', most[0], 1000],
			['1', '25-34', most[1], 1500],
			['5', '15-24', least[0], 1200],
			['5', '25-34', least[1], 1300],
			['3', '15-24', 900, 10]
		] as const
	).map(([group_key, age_band, events, women]) => ({
		period_end: end,
		group_key,
		group_name: group_key,
		reason: 'contraceptive',
		age_band,
		events,
		women
	}));

describe('contraceptive LARC requests, most to least deprived fifth', () => {
	const ends = ['2026-09-30', '2026-10-31'];
	const data = [
		...rows('2026-09-30', [12, 12], [10, 15]),
		...rows('2026-10-31', [30, 20], [10, 15]),
		// Gynaecological rows are another measure: left out.
		...rows('2026-10-31', [1000, 1000], [10, 15]).map((r) => ({
			...r,
			reason: 'gynaecological' as const
		}))
	];

	it('divides the fifths’ rates, with the interval from the log rate ratio', () => {
		// October: (50 / 2,500) ÷ (25 / 2,500) = 2; 1.959964 × √(1/50 + 1/25) = 0.480094.
		const kpi = deprivationRateRatioKpi(data, 'contraceptive', ends);
		expect(kpi.value).toBeCloseTo(2, 10);
		expect(kpi.valueText).toBe('2.0');
		expect(kpi.period).toBe('12 months to October 2026');
		expect(kpi.basis).toEqual({ from: '2025-11', to: '2026-10' });
		expect(kpi.reading).toBe(
			'Women in the most deprived fifth of areas made more contraceptive LARC requests per woman ' +
				'than those in the least deprived fifth (95% CI 1.2 to 3.2).'
		);
	});

	it('draws each month’s ratio and says how it changed', () => {
		// September: (24 / 2,500) ÷ (25 / 2,500) = 0.96.
		const kpi = deprivationRateRatioKpi(data, 'contraceptive', ends);
		expect(kpi.trend.map((p) => p.value)).toEqual([0.96, 2].map((v) => expect.closeTo(v, 10)));
		expect(kpi.change).toBe('1.04 higher than September 2026 (0.96)');
	});

	it('says when the interval includes no difference', () => {
		const kpi = deprivationRateRatioKpi(data, 'contraceptive', ['2026-09-30']);
		// 0.96, 95% CI 0.548 to 1.68.
		expect(kpi.reading).toBe(
			'No significant difference between the most and least deprived fifths of areas in ' +
				'contraceptive LARC requests per woman (95% CI 0.55 to 1.7).'
		);
	});

	it('withholds the ratio when a fifth has 1 to 7 requests', () => {
		const kpi = deprivationRateRatioKpi(rows('2026-10-31', [3, 2], [10, 15]), 'contraceptive', [
			'2026-10-31'
		]);
		expect(kpi.value).toBeNull();
		expect(kpi.valueText).toBe('Not available');
	});
});

describe("women's health hub minimum requirements met", () => {
	it('counts the requirements with a date by the month end', () => {
		const kpi = hubRequirementsKpi(
			{
				locality: null,
				clinical_two_core: '2024-07-01',
				all_core_triaged: '2024-11-15',
				in_person_two_core: null
			},
			'2026-10-31'
		);
		expect([kpi.value, kpi.valueText]).toEqual([2, '2 of 3']);
		expect(kpi.reading).toBe("2 of NHS England's 3 minimum requirements met by October 2026.");
	});

	it('meets none where the area has no hub', () => {
		const kpi = hubRequirementsKpi(undefined, '2024-03-31');
		expect([kpi.value, kpi.valueText]).toEqual([0, '0 of 3']);
	});
});
