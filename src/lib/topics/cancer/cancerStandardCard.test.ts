import { describe, expect, it } from 'vitest';
import { CWT_MEASURES, type CwtPerformanceRow } from '$lib/queries/cancerStandards';
import { cancerStandardCardModel } from './cancerStandardCard';

const row = (period: string, total: number | null, within: number | null): CwtPerformanceRow => ({
	period,
	referral_route: 'urgent_suspected_cancer',
	org_level: 'ICB',
	organisations: 1,
	total,
	within_standard: within
});

const [usc, screening] = CWT_MEASURES.faster_diagnosis_28d.gynaecological;

describe('cancerStandardCardModel', () => {
	const card = cancerStandardCardModel({
		standard: 'faster_diagnosis_28d',
		cancerLabel: 'Suspected gynaecological cancer',
		measures: [
			{ measure: usc, rows: [row('2024-07-01', 614, 361)] },
			{ measure: screening, rows: [row('2024-07-01', null, null)] }
		]
	});

	it('names the standard and the cancer, and judges July 2024 against the 75% standard', () => {
		expect(card.id).toBe('fds');
		expect(card.title).toBe(
			'Faster Diagnosis Standard: told within 28 days, Suspected gynaecological cancer'
		);
		expect(card.summary).toContain('361 of 614 patients were told within 28 days (58.8%');
		expect(card.spcNote).toBe(
			'Too few points for SPC: one published month, one a year at most, and an SPC chart needs at least 12 consecutive months.'
		);
	});

	it('shows each month as published, with its Wilson interval, standard and ambition', () => {
		// 361 / 614 = 58.8 %; Wilson 95 % by hand 54.9 % to 62.6 %.
		expect(card.rows[0]).toEqual({
			key: 'fds-gynae-usc2024-07-01',
			month: '2024-07-01',
			measureKey: 'fds-gynae-usc',
			monthLabel: 'Jul 2024',
			measure: 'Suspected gynaecological cancer, urgent suspected cancer route',
			organisation: 'ICB (QH8)',
			total: '614',
			within: '361',
			share: '58.8%',
			ci: '54.9% to 62.6%',
			standard: 'FDS operational standard 75%',
			ambition: 'FDS 77% ambition by March 2025',
			verdict: 'Below the 75% standard; the 95% interval lies wholly below it'
		});
		expect(card.rows[1]).toMatchObject({
			total: 'Not published',
			share: 'Not published',
			ci: 'Not published',
			verdict: 'Not published'
		});
	});

	it('draws one series per measure against the standard and ambition that month', () => {
		expect(card.chart.categories).toEqual([{ key: '2024-07-01', label: 'Jul 2024' }]);
		expect(card.chart.series.map((s) => s.key)).toEqual(['fds-gynae-usc', 'fds-gynae-screening']);
		expect(card.chart.series[0].points[0]?.value).toBeCloseTo(361 / 614, 10);
		expect(card.chart.series[1].points[0]).toEqual({ value: null, lower: null, upper: null });
		expect(card.chart.targets.map((t) => t.values)).toEqual([[0.75], [0.77]]);
	});

	it('downloads the published counts as published and the share to one decimal place', () => {
		const [download] = card.downloads;
		expect(download.fileName).toBe(
			'fds-suspected-gynaecological-cancer_mid-and-south-essex-icb-qh8_2024-07.csv'
		);
		const record = Object.fromEntries(download.header.map((h, i) => [h, download.rows[0][i]]));
		expect(record).toMatchObject({
			patients: 614,
			within_standard: 361,
			percent_within: 58.8,
			ci95_lower_percent: 54.9,
			ci95_upper_percent: 62.6,
			data_kind: 'published data'
		});
		expect(download.rows[1][download.header.indexOf('percent_within')]).toBe('Not published');
	});

	it('writes the standards and ambitions over time for the About text', () => {
		expect(card.about.standards).toContain('75% from October 2021');
		expect(card.about.ambitions).toContain('77% by March 2025');
		const sixtyTwo = cancerStandardCardModel({
			standard: 'treatment_62d',
			cancerLabel: 'All suspected cancers',
			measures: []
		});
		expect([sixtyTwo.id, sixtyTwo.title]).toEqual([
			'sixty-two-day',
			'62-day standard: first treatment within 62 days of referral, All suspected cancers'
		]);
		expect(sixtyTwo.summary).toBe('No figures are published for this selection.');
	});
});
