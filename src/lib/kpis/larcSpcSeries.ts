/** The monthly series the LARC SPC charts run on: the list size and the share within target. */
import type { LarcReason } from '$lib/data/datasets';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import { ptdSpc, type SpcResult } from '$lib/stats/spc';

/**
 * The one aim for LARC waits: the share of women to be seen within the target wait. It sets the
 * SPC target line, the overview tile's reference and, through meanWaitFactor, the queue maths'
 * target list size. RTT's 92 % of incomplete pathways within 18 weeks (NHS Constitution), used by
 * analogy: there is no national LARC standard.
 */
export const WITHIN_TARGET_AIM = 0.92;
export const WITHIN_TARGET_AIM_SOURCE =
	'the RTT incomplete-pathway standard, used by analogy (no national LARC standard)';
/** Fewer points than this give no useful limits (NHSRplotthedots warns below 13; MDC asks for 15–20). */
export const MIN_SPC_POINTS = 12;

export interface MonthlyListPoint {
	month_end: string;
	waiting: number;
	within_target: number;
}

export function monthlyList(
	rows: readonly WaitingListRow[],
	reason: LarcReason
): MonthlyListPoint[] {
	const byMonth = new Map<string, MonthlyListPoint>();
	for (const r of rows) {
		if (r.reason !== reason) continue;
		const point = byMonth.get(r.month_end) ?? {
			month_end: r.month_end,
			waiting: 0,
			within_target: 0
		};
		point.waiting += r.waiting;
		point.within_target += r.within_target;
		byMonth.set(r.month_end, point);
	}
	return [...byMonth.values()].sort((a, b) => a.month_end.localeCompare(b.month_end));
}

export interface LarcSpc {
	list: SpcResult;
	withinTarget: SpcResult | null;
}

/**
 * Null when there are too few months for SPC. `rebaseAt`: the index of the first point of new
 * limits, at a logged intervention the user chose (never chosen here).
 */
export function larcSpc(points: readonly MonthlyListPoint[], rebaseAt?: number): LarcSpc | null {
	if (points.length < MIN_SPC_POINTS) return null;
	const dates = points.map((p) => p.month_end);
	const rebase = rebaseAt === undefined ? [] : [rebaseAt];
	const list = ptdSpc(
		points.map((p) => p.waiting),
		{ improvementDirection: 'decrease', dates, rebase }
	);
	const withShares = points.every((p) => p.waiting > 0);
	const withinTarget = withShares
		? ptdSpc(
				points.map((p) => p.within_target / p.waiting),
				{
					improvementDirection: 'increase',
					target: WITHIN_TARGET_AIM,
					dates,
					rebase
				}
			)
		: null;
	return { list, withinTarget };
}
