/**
 * Shapes waiting-list rows for the chart (one panel per reason) and the table (one row per month
 * and area). Lines, rows and downloads are named by each row's area (a PCN's name when a PCN is
 * chosen), never by the locality behind it; colours stay with the locality.
 */
import { LARC_REASONS, type LarcReason, type Locality } from '$lib/data/datasets';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { SERIES_STYLES, type Series } from '$lib/components/charts/types';
import { LOCALITIES } from '$lib/data/datasets';

export interface WaitingListPanel {
	reason: LarcReason;
	series: Series[];
}

/** Women 15–54 by locality, for rates per 1,000; absent when showing counts. */
export type Denominators = ReadonlyMap<string, number>;

export function ratePer1000(count: number, women: number | undefined): number | null {
	return women && women > 0 ? (count / women) * 1000 : null;
}

export function waitingListPanels(
	rows: readonly WaitingListRow[],
	denominators?: Denominators
): WaitingListPanel[] {
	const value = (r: WaitingListRow) =>
		denominators ? (ratePer1000(r.waiting, denominators.get(r.locality)) ?? 0) : r.waiting;
	return LARC_REASONS.map((reason) => ({
		reason,
		series: LOCALITIES.flatMap((locality, i) => {
			const mine = rows.filter((r) => r.reason === reason && r.locality === locality);
			const points = mine.map((r) => ({ date: r.month_end, value: value(r) }));
			return mine.length === 0
				? []
				: [{ key: locality, label: mine[0].area, ...SERIES_STYLES[i], points }];
		})
	}));
}

export interface WaitingListTableRow {
	month_end: string;
	locality: Locality;
	area: string;
	gynaecological: number;
	contraceptive: number;
}

export function waitingListTable(rows: readonly WaitingListRow[]): WaitingListTableRow[] {
	const byKey = new Map<string, WaitingListTableRow>();
	for (const r of rows) {
		const key = `${r.month_end}|${r.area}`;
		let row = byKey.get(key);
		if (!row) {
			row = {
				month_end: r.month_end,
				locality: r.locality,
				area: r.area,
				gynaecological: 0,
				contraceptive: 0
			};
			byKey.set(key, row);
		}
		row[r.reason] = r.waiting;
	}
	return [...byKey.values()];
}
