import { describe, expect, it } from 'vitest';
import type { Download } from '$lib/csv/download';
import type { UscPublishedRow } from '$lib/queries/uscPublished';
import type { UscMonthRow } from '$lib/queries/uscReferrals';
import { uscMonthlyCardModel } from './uscMonthlyCard';

/** Twelve months from August 2023, 600,000 women registered. */
const series = (referrals: readonly number[]): UscMonthRow[] =>
	referrals.map((n, i) => ({
		month: new Date(Date.UTC(2023, 7 + i, 1)).toISOString().slice(0, 10),
		referrals: n,
		women_registered: 600000
	}));

const published: UscPublishedRow[] = [
	{
		period: '2024-07-01',
		measure: 'usc_first_appointment',
		org_level: 'ICB',
		organisations: 1,
		all_cancers: 6181,
		gynaecological: 547
	}
];

const gynae = (rows: UscMonthRow[]) =>
	uscMonthlyCardModel({
		rows,
		published,
		cancer: 'gynaecological',
		cancerLabel: 'Suspected gynaecological cancer'
	});

const records = (download: Download) =>
	download.rows.map((cells) => Object.fromEntries(download.header.map((h, i) => [h, cells[i]])));

const ALTERNATING = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 503 : 512));

describe('uscMonthlyCardModel', () => {
	it('draws each month rounded to 5, with the mean and limits from the unrounded counts', () => {
		const card = gynae(series(ALTERNATING));
		expect(card.chart.kind).toBe('spc');
		if (card.chart.kind !== 'spc') return;
		// 503 → 505 and 512 → 510, as the table shows them.
		expect(card.chart.result.points.slice(0, 2).map((p) => p.value)).toEqual([505, 510]);
		// Mean (503 + 512) / 2 = 507.5; every moving range is 9, so the limits are
		// 507.5 ± 2.66 × 9 = 483.56 and 531.44.
		expect(card.chart.result.points[0].mean).toBeCloseTo(507.5, 10);
		const [first] = records(card.downloads[0]);
		expect(first).toMatchObject({
			month: '2023-08-01',
			referrals_synthetic: '505',
			referrals_mean: 507.5,
			referrals_lower_process_limit: 483.6,
			referrals_upper_process_limit: 531.4,
			// 503 per 600,000 women = 83.83 per 100,000.
			rate_per_100000_women_synthetic: 83.8,
			published_total_real: ''
		});
	});

	it('shows counts rounded, the rate to one decimal and the published total beside its month', () => {
		const card = gynae(series(ALTERNATING));
		expect(card.rows[0]).toEqual({
			month: '2023-08-01',
			monthLabel: 'Aug 2023',
			referrals: '505',
			rate: '83.8',
			published: ''
		});
		// July 2024 (the twelfth month) was calibrated to the published 547.
		expect(card.rows[11]).toMatchObject({
			month: '2024-07-01',
			referrals: '510',
			published: '547'
		});
		expect(card.caption).toBe(
			'Urgent suspected cancer referrals a month, Suspected gynaecological cancer, Mid and South Essex'
		);
		expect(card.kind).toBe('synthetic');
	});

	it('withholds the rate, the SPC limits and the summary figures worked from a count of 1–7', () => {
		const referrals = [...ALTERNATING.slice(0, 11), 6];
		const card = gynae(series(referrals));
		// Table: 6 is shown as *, and so is its rate (6 per 600,000 = 1.0 per 100,000).
		expect(card.rows[11]).toMatchObject({ referrals: '*', rate: '*' });
		// The month before, 503, is shown rounded with its rate (503 per 600,000 = 83.8 per 100,000).
		expect(card.rows[10]).toMatchObject({ referrals: '505', rate: '83.8' });
		// Chart: no limits are drawn, as the mean of all twelve months would give the count away.
		expect(card.chart).toEqual({
			kind: 'note',
			text:
				'No SPC chart: July 2024 had 1 to 7 referrals, shown as * in the table; the mean and ' +
				'limits, worked from every month, could reveal the count, so they are withheld.'
		});
		// Download: the count and its rate are *, and the limits are blank.
		const last = records(card.downloads[0])[11];
		expect(last).toMatchObject({
			referrals_synthetic: '*',
			rate_per_100000_women_synthetic: '*',
			referrals_mean: null,
			referrals_upper_process_limit: null
		});
		expect(card.summary).toBe(
			'Synthetic: * referrals (1 to 7, withheld under disclosure control) for suspected ' +
				'gynaecological cancer in July 2024.'
		);
	});

	it('leaves the change out when the month a year earlier had 1–7 referrals', () => {
		const referrals = [5, ...Array.from({ length: 12 }, () => 500)];
		const rows = referrals.map((n, i) => ({
			month: new Date(Date.UTC(2023, 6 + i, 1)).toISOString().slice(0, 10),
			referrals: n,
			women_registered: 600000
		}));
		// 500 per 600,000 = 83 per 100,000; July 2023 (5) is withheld, so no change is given.
		expect(gynae(rows).summary).toBe(
			'Synthetic: about 500 referrals for suspected gynaecological cancer in July 2024 ' +
				'(83 per 100,000 women).'
		);
	});

	it('gives no rate for all cancers, and says when there are too few months for SPC', () => {
		const card = uscMonthlyCardModel({
			rows: series([600, 6]),
			published,
			cancer: 'all',
			cancerLabel: 'All suspected cancers'
		});
		expect(card.rows.map((r) => r.rate)).toEqual(['Not applicable', 'Not applicable']);
		expect(card.chart).toEqual({
			kind: 'note',
			text: 'Too few points for SPC: 2 months, and an SPC chart needs at least 12.'
		});
		// No rate is given for all cancers, so there is nothing to withhold in its column.
		expect(records(card.downloads[0]).map((r) => r.rate_per_100000_women_synthetic)).toEqual([
			null,
			null
		]);
		expect(card.downloads[0].fileName).toBe(
			'usc-referrals-monthly-synthetic-all-suspected-cancers_mid-and-south-essex-icb-qh8_2023-08-to-2023-09.csv'
		);
	});
});
