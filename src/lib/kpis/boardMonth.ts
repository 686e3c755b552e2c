/**
 * The board's month, and how far behind it a headline figure is. Tiles from different sources
 * (synthetic monthly activity, monthly RTT, yearly cancer files) sit side by side on the overview,
 * so each one is measured against this single month and flagged when its data are older.
 */
import type { DataKind, Manifest } from '$lib/data/datasets';
import { reportingPeriod } from '$lib/data/period';
import { formatMonth } from '$lib/format/numbers';

/**
 * The month the programme board is reviewing (YYYY-MM): the latest month of the dashboard's own
 * monthly activity data, the LARC extract (the ring pessary extract ends in the same month).
 */
export function boardMonth(manifest: Manifest): string {
	return reportingPeriod(manifest, 'larc_requests').to.slice(0, 7);
}

/** The words that state the board month on the overview. */
export const BOARD_MONTH_BASIS = 'the latest month of the LARC and ring pessary activity data';

/** Whole calendar months from `month` to `board`, each given as YYYY-MM or an ISO date. */
export function monthsBehind(month: string, board: string): number {
	const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
	return index(board) - index(month);
}

/**
 * The warning a tile carries when its latest data are older than the board month, e.g.
 * "Latest published: July 2024 — 27 months old"; null when they are the board month's own.
 */
export function stalenessFlag(latestMonth: string, board: string, kind: DataKind): string | null {
	const behind = monthsBehind(latestMonth, board);
	if (behind <= 0) return null;
	const latest = formatMonth(`${latestMonth.slice(0, 7)}-01`);
	return `Latest ${kind === 'real' ? 'published' : 'data'}: ${latest} — ${behind} ${behind === 1 ? 'month' : 'months'} old`;
}
