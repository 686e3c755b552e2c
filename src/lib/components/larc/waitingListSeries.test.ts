import { describe, expect, it } from 'vitest';
import { waitingListPanels, waitingListTable } from './waitingListSeries';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';

const rows: WaitingListRow[] = [
	{
		month_end: '2026-09-30',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'gynaecological',
		waiting: 40,
		within_target: 0
	},
	{
		month_end: '2026-09-30',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'contraceptive',
		waiting: 12,
		within_target: 0
	},
	{
		month_end: '2026-10-31',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'gynaecological',
		waiting: 44,
		within_target: 0
	},
	{
		month_end: '2026-10-31',
		locality: 'Thurrock',
		area: 'Thurrock',
		reason: 'contraceptive',
		waiting: 9,
		within_target: 0
	}
];

describe('waiting list shapes', () => {
	it('makes one panel per reason with one series per locality present', () => {
		const panels = waitingListPanels(rows);
		expect(panels.map((p) => p.reason)).toEqual(['gynaecological', 'contraceptive']);
		expect(panels[0].series).toHaveLength(1);
		expect(panels[0].series[0].points).toEqual([
			{ date: '2026-09-30', value: 40 },
			{ date: '2026-10-31', value: 44 }
		]);
		expect(panels[1].series[0].points.map((p) => p.value)).toEqual([12, 9]);
	});

	it('turns counts into rates per 1,000 women when given denominators', () => {
		const panels = waitingListPanels(rows, new Map([['Thurrock', 20_000]]));
		expect(panels[0].series[0].points.map((p) => p.value)).toEqual([2, 2.2]);
	});

	it('pivots reasons into columns without adding them together', () => {
		expect(waitingListTable(rows)).toEqual([
			{
				month_end: '2026-09-30',
				locality: 'Thurrock',
				area: 'Thurrock',
				gynaecological: 40,
				contraceptive: 12
			},
			{
				month_end: '2026-10-31',
				locality: 'Thurrock',
				area: 'Thurrock',
				gynaecological: 44,
				contraceptive: 9
			}
		]);
	});

	it("names the line and the table rows after a chosen PCN, not the PCN's locality", () => {
		const pcnRows = rows.map((r) => ({ ...r, area: 'ASOP PCN' }));
		const [gynae] = waitingListPanels(pcnRows);
		expect(gynae.series.map((s) => s.label)).toEqual(['ASOP PCN']);
		expect(waitingListTable(pcnRows).map((r) => r.area)).toEqual(['ASOP PCN', 'ASOP PCN']);
	});
});
