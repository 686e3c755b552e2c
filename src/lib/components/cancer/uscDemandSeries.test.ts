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

	it('summarises the latest month and the change since the first', () => {
		// (6181 − 5084) / 5084 = 21.6 %.
		expect(summarisePublishedDemand(published)).toBe(
			'In July 2024, 6,181 patients were first seen after an urgent suspected cancer referral, ' +
				'547 of them for suspected gynaecological cancer (up 22% on July 2021). The files publish ' +
				'one month a year (July), and gynaecological figures only for July 2024.'
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
