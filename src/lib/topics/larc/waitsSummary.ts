/** Words and numbers for the waits card, reason by reason (never averaged across reasons). */
import type { LarcReason } from '$lib/data/datasets';
import type { WaitsRow } from '$lib/queries/larcWaits';
import { ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';

/** The same rounding as the waits download (ONE_DECIMAL, PERCENT_1DP). */
export const formatWeeks = (weeks: number | null) =>
	weeks === null ? 'not available' : `${ONE_DECIMAL.text(weeks)} weeks`;
export const formatShare = PERCENT_1DP.text;

export function shareWithinTarget(row: WaitsRow | undefined): number | null {
	return row && row.patients > 0 ? row.within_target / row.patients : null;
}

export function summariseWaits(
	rows: readonly WaitsRow[],
	areaLabel: string,
	targets: Record<LarcReason, number>
): string {
	const parts = (['gynaecological', 'contraceptive'] as const).map((reason) => {
		const waiting = rows.find(
			(r) => r.locality === areaLabel && r.reason === reason && r.status === 'waiting'
		);
		if (!waiting || waiting.patients === 0) return `nobody was waiting for ${reason} reasons`;
		const share = shareWithinTarget(waiting);
		return (
			`women waiting for ${reason} reasons had waited a median ${formatWeeks(waiting.median_weeks)} ` +
			`(92nd percentile ${formatWeeks(waiting.p92_weeks)}), ` +
			`${share === null ? 'an unknown share' : formatShare(share)} within ${targets[reason]} weeks`
		);
	});
	return `In ${areaLabel}, ${parts.join('; ')}.`;
}
