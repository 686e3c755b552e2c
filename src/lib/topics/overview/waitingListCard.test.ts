import { describe, expect, it } from 'vitest';
import type { LarcReason, Locality } from '$lib/data/datasets';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { waitingListCardModel } from './waitingListCard';

function row(
	month_end: string,
	locality: Locality,
	reason: LarcReason,
	waiting: number
): WaitingListRow {
	// within_target and waiting_in_rate_ages are not shown on the overview.
	return {
		month_end,
		locality,
		area: locality,
		reason,
		waiting,
		within_target: 0,
		waiting_in_rate_ages: 0
	};
}

const PERIOD = { from: '2025-10-01', to: '2026-10-31' };

/** Thurrock, October 2025 and October 2026; the contraceptive list is 5 then 12. */
const thurrock = [
	row('2025-10-31', 'Thurrock', 'gynaecological', 200),
	row('2025-10-31', 'Thurrock', 'contraceptive', 5),
	row('2026-10-31', 'Thurrock', 'gynaecological', 152),
	row('2026-10-31', 'Thurrock', 'contraceptive', 12)
];

describe('waitingListCardModel', () => {
	const card = waitingListCardModel({ rows: thurrock, areaLabel: 'Thurrock', period: PERIOD });

	it('names the area in its summary, table caption and charts', () => {
		// 152 against 200 a year earlier is down 24%; 12 against a withheld 5 gives no change.
		expect(card.summary).toBe(
			'At the end of October 2026, women waiting for a LARC fit in Thurrock: ' +
				'150 for gynaecological reasons, down 24% on a year earlier; ' +
				'10 for contraceptive reasons (the change on a year earlier is withheld: 1 to 7 women).'
		);
		expect(card.caption).toBe('Women waiting for a LARC fit at month end, Thurrock');
		expect(card.panels.map((p) => p.chartLabel)).toEqual([
			'Line chart: women waiting for a LARC fit for gynaecological reasons, Thurrock',
			'Line chart: women waiting for a LARC fit for contraceptive reasons, Thurrock'
		]);
		expect(card).toMatchObject({ id: 'waiting-list', kind: 'synthetic', areaLabel: 'Thurrock' });
	});

	it('shows each month and reason side by side, counts 1–7 as * and others to the nearest 5', () => {
		expect(card.rows).toEqual([
			{
				key: '2025-10-31|Thurrock',
				monthEnd: '2025-10-31',
				month: 'Oct 2025',
				area: 'Thurrock',
				gynaecological: '200',
				contraceptive: '*'
			},
			{
				key: '2026-10-31|Thurrock',
				monthEnd: '2026-10-31',
				month: 'Oct 2026',
				area: 'Thurrock',
				gynaecological: '150',
				contraceptive: '10'
			}
		]);
	});

	it('draws rounded counts and leaves a gap where a count is 1–7', () => {
		const [gynae, contra] = card.panels;
		expect(gynae.reason).toBe('gynaecological');
		expect(gynae.series).toHaveLength(1);
		expect(gynae.series[0]).toMatchObject({ key: 'Thurrock', label: 'Thurrock' });
		expect(gynae.series[0].points).toEqual([
			{ date: '2025-10-31', value: 200 },
			{ date: '2026-10-31', value: 150 }
		]);
		expect(contra.series[0].points).toEqual([
			{ date: '2025-10-31', value: null },
			{ date: '2026-10-31', value: 10 }
		]);
	});

	it('downloads the table under the same disclosure control, naming area and period', () => {
		const [download] = card.downloads;
		expect(download.fileName).toBe('larc-waiting-list_thurrock_2025-10-to-2026-10.csv');
		expect(download.header).toEqual([
			'selected_area',
			'period',
			'data_kind',
			'month_end',
			'area',
			'waiting_gynaecological',
			'waiting_contraceptive',
			'source',
			'disclosure_control'
		]);
		expect(download.rows.map((r) => r.slice(0, 7))).toEqual([
			[
				'Thurrock',
				'October 2025 to October 2026',
				'synthetic demonstration data',
				'2025-10-31',
				'Thurrock',
				'200',
				'*'
			],
			[
				'Thurrock',
				'October 2025 to October 2026',
				'synthetic demonstration data',
				'2026-10-31',
				'Thurrock',
				'150',
				'10'
			]
		]);
	});

	it('keeps each locality in its own colour, whichever localities are shown', () => {
		const icb = waitingListCardModel({
			rows: [
				row('2026-10-31', 'Mid Essex', 'gynaecological', 40),
				row('2026-10-31', 'Mid Essex', 'contraceptive', 0),
				row('2026-10-31', 'Thurrock', 'gynaecological', 30),
				row('2026-10-31', 'Thurrock', 'contraceptive', 8)
			],
			areaLabel: 'Mid and South Essex',
			period: PERIOD
		});
		const [gynae] = icb.panels;
		// LOCALITIES order: Basildon and Brentwood, Mid Essex, South East Essex, Thurrock.
		expect(gynae.series.map((s) => [s.key, s.colour])).toEqual([
			['Mid Essex', '#d5281b'],
			['Thurrock', '#330072']
		]);
		expect(icb.rows.map((r) => [r.area, r.gynaecological, r.contraceptive])).toEqual([
			['Mid Essex', '40', '0'],
			['Thurrock', '30', '10']
		]);
		// 40 + 30 = 70 gynaecological; 0 + 8 = 8 contraceptive, no months a year earlier.
		expect(icb.summary).toBe(
			'At the end of October 2026, women waiting for a LARC fit in Mid and South Essex: ' +
				'70 for gynaecological reasons; 10 for contraceptive reasons.'
		);
	});
});
