import { describe, expect, it } from 'vitest';
import { larcSpc, monthlyList } from './larcSpcSeries';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';

function month(i: number): string {
	return new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10);
}

describe('LARC SPC series', () => {
	it('sums localities for one reason, month by month', () => {
		const rows: WaitingListRow[] = [
			{
				month_end: '2026-01-31',
				locality: 'Thurrock',
				area: 'Thurrock',
				reason: 'gynaecological',
				waiting: 10,
				within_target: 8,
				waiting_in_rate_ages: 10
			},
			{
				month_end: '2026-01-31',
				locality: 'Mid Essex',
				area: 'Mid Essex',
				reason: 'gynaecological',
				waiting: 5,
				within_target: 5,
				waiting_in_rate_ages: 5
			},
			{
				month_end: '2026-01-31',
				locality: 'Mid Essex',
				area: 'Mid Essex',
				reason: 'contraceptive',
				waiting: 99,
				within_target: 0,
				waiting_in_rate_ages: 99
			}
		];
		expect(monthlyList(rows, 'gynaecological')).toEqual([
			{ month_end: '2026-01-31', waiting: 15, within_target: 13 }
		]);
	});

	it('flags a rising list as concerning and refuses SPC on too few points', () => {
		const rising = Array.from({ length: 14 }, (_, i) => ({
			month_end: month(i),
			waiting: i < 7 ? 100 : 100 + i * 10,
			within_target: 50
		}));
		const spc = larcSpc(rising);
		expect(spc?.list.variationIcon).toBe('concern_high');
		expect(spc?.withinTarget?.assurance).toBe('consistent_fail');
		expect(larcSpc(rising.slice(0, 11))).toBeNull();
	});
});
