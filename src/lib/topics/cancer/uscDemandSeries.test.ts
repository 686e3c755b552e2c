import { describe, expect, it } from 'vitest';
import type { UscPublishedRow } from '$lib/queries/uscPublished';
import type { UscMonthRow } from '$lib/queries/uscReferrals';
import {
	monthlySpc,
	monthlyTable,
	publishedDemandBars,
	summariseMonthly,
	summarisePublishedDemand
} from './uscDemandSeries';

const published: UscPublishedRow[] = [
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

const months = (n: number): UscMonthRow[] =>
	Array.from({ length: n }, (_, i) => ({
		month: new Date(Date.UTC(2023, 7 + i, 1)).toISOString().slice(0, 10),
		referrals: 500 + (i % 3) * 10,
		women_registered: 600000
	}));

describe('published demand', () => {
	it('draws a gap, labelled "Not published", where no figure is published', () => {
		expect(publishedDemandBars(published, 'gynaecological')).toEqual([
			{ key: '2021-07-01', label: 'Jul 2021', value: null, valueLabel: 'Not published' },
			{ key: '2024-07-01', label: 'Jul 2024', value: 547, valueLabel: '547' }
		]);
	});

	it('gives the all-cancer change to all cancers only, and no change where gynaecology has one month', () => {
		// (6181 − 5084) / 5084 = 21.6 %, rounded to 22 %: the all-cancer change.
		expect(summarisePublishedDemand(published)).toBe(
			'In July 2024, 6,181 patients were first seen after an urgent suspected cancer referral ' +
				'for any cancer, up 22% on July 2021 (5,084). For suspected gynaecological cancer, 547 ' +
				'patients were first seen in July 2024, the only month it is published, so no change can ' +
				'be given. The files publish one month a year (July).'
		);
		expect(summarisePublishedDemand(published)).not.toMatch(/gynaecological cancer[^.]*22%/);
	});

	it('computes each change from the series it names', () => {
		const row = (period: string, all: number, gynae: number | null): UscPublishedRow => ({
			period,
			measure: 'usc_first_appointment',
			org_level: 'ICB',
			organisations: 1,
			all_cancers: all,
			gynaecological: gynae
		});
		// All cancers 6,000 → 6,600: +10 %. Gynaecology 400 → 500: +25 %.
		expect(
			summarisePublishedDemand([row('2023-07-01', 6000, 400), row('2024-07-01', 6600, 500)])
		).toBe(
			'In July 2024, 6,600 patients were first seen after an urgent suspected cancer referral ' +
				'for any cancer, up 10% on July 2023 (6,000). For suspected gynaecological cancer, 500 ' +
				'patients were first seen in July 2024, up 25% on July 2023 (400). The files publish one ' +
				'month a year (July).'
		);
		// Each series from its own first published month: all cancers 5,000 (July 2022) → 6,000,
		// +20 %; gynaecology first published July 2023, 400 → 300, −25 %.
		expect(
			summarisePublishedDemand([
				row('2022-07-01', 5000, null),
				row('2023-07-01', 5500, 400),
				row('2024-07-01', 6000, 300)
			])
		).toBe(
			'In July 2024, 6,000 patients were first seen after an urgent suspected cancer referral ' +
				'for any cancer, up 20% on July 2022 (5,000). For suspected gynaecological cancer, 300 ' +
				'patients were first seen in July 2024, down 25% on July 2023 (400). The files publish ' +
				'one month a year (July).'
		);
	});
});

describe('synthetic monthly series', () => {
	it('runs SPC from 12 points and says when there are too few', () => {
		expect(monthlySpc(months(11))).toEqual({ kind: 'too-few', points: 11 });
		const spc = monthlySpc(months(12));
		expect(spc.kind).toBe('spc');
		if (spc.kind === 'spc') {
			expect(spc.result.points).toHaveLength(12);
			expect(spc.result.improvementDirection).toBe('neutral');
		}
	});

	it('gives rates per 100,000 women for gynaecology and the published total beside calibrated months', () => {
		const rows = [{ month: '2024-07-01', referrals: 547, women_registered: 600000 }];
		expect(monthlyTable(rows, published, 'gynaecological')).toEqual([
			{ month: '2024-07-01', referrals: 547, ratePer100k: (547 / 600000) * 100000, published: 547 }
		]);
		expect(monthlyTable(rows, published, 'all')[0]).toMatchObject({
			ratePer100k: null,
			published: 6181
		});
	});

	it('summarises the latest month under disclosure control, against a year earlier', () => {
		const table = monthlyTable(months(13), [], 'gynaecological');
		// Latest (Aug 2024) 500 vs Aug 2023 500: unchanged; 500 per 600,000 = 83 per 100,000.
		expect(summariseMonthly(table, 'suspected gynaecological cancer')).toBe(
			'Synthetic: about 500 referrals for suspected gynaecological cancer in August 2024 ' +
				'(83 per 100,000 women), about the same as August 2023.'
		);
	});
});
