/**
 * The one-sentence reading under the waiting-list chart. Gynaecological and contraceptive
 * lists are reported separately, each against the same month a year earlier. Counts are shown
 * under disclosure control; the percentage change comes from unrounded counts, and is withheld
 * when either count is 1–7 (with the other count, it would give that count back).
 */
import type { LarcReason } from '$lib/data/datasets';
import { formatMonth, formatSuppressedCount } from '$lib/format/numbers';
import { isSuppressedCount } from '$lib/stats/disclosure';

export interface WaitingListPoint {
	month_end: string;
	reason: LarcReason;
	waiting: number;
}

/** Totals by month end and reason (sums localities when several are shown). */
export function totalsByMonthAndReason(rows: readonly WaitingListPoint[]): Map<string, number> {
	const totals = new Map<string, number>();
	for (const row of rows) {
		const key = `${row.month_end}|${row.reason}`;
		totals.set(key, (totals.get(key) ?? 0) + row.waiting);
	}
	return totals;
}

function yearEarlier(isoMonthEnd: string): string {
	const [year, month] = isoMonthEnd.split('-').map(Number);
	// Day 0 of the next month is the last day of this month, a year back.
	return new Date(Date.UTC(year - 1, month, 0)).toISOString().slice(0, 10);
}

function change(now: number, before: number | undefined): string {
	if (before === undefined) return '';
	if (isSuppressedCount(now) || isSuppressedCount(before))
		return ' (the change on a year earlier is withheld: 1 to 7 women)';
	if (before === 0) return now === 0 ? ' (none a year earlier either)' : ' (none a year earlier)';
	const pct = Math.round(((now - before) / before) * 100);
	if (pct === 0) return ', about the same as a year earlier';
	return `, ${pct > 0 ? 'up' : 'down'} ${Math.abs(pct)}% on a year earlier`;
}

export function summariseWaitingList(rows: readonly WaitingListPoint[], areaLabel: string): string {
	if (rows.length === 0) return `No LARC requests are recorded for ${areaLabel}.`;
	const latest = rows.reduce(
		(max, r) => (r.month_end > max ? r.month_end : max),
		rows[0].month_end
	);
	const totals = totalsByMonthAndReason(rows);
	const before = yearEarlier(latest);
	const part = (reason: LarcReason) => {
		const now = totals.get(`${latest}|${reason}`) ?? 0;
		return `${formatSuppressedCount(now)} for ${reason} reasons${change(now, totals.get(`${before}|${reason}`))}`;
	};
	return (
		`At the end of ${formatMonth(latest)}, women waiting for a LARC fit in ${areaLabel}: ` +
		`${part('gynaecological')}; ${part('contraceptive')}.`
	);
}
