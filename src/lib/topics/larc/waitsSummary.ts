/**
 * Words and numbers for the waits card, reason by reason (never averaged across reasons). A wait
 * statistic is withheld where it describes 1–7 women, and the share within target also where 1–7
 * of them are within it: a share of a shown count would give a withheld count back.
 */
import type { LarcReason } from '$lib/data/datasets';
import type { WaitsRow } from '$lib/queries/larcWaits';
import { ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';
import { discloseDerived } from '$lib/stats/disclosure';

/** The same rounding as the waits download (ONE_DECIMAL, PERCENT_1DP). */
export const formatWeeks = (weeks: number | null) =>
	weeks === null ? 'not available' : `${ONE_DECIMAL.text(weeks)} weeks`;
export const formatShare = PERCENT_1DP.text;

export function shareWithinTarget(row: WaitsRow | undefined): number | null {
	return row && row.patients > 0 ? row.within_target / row.patients : null;
}

/** The counts a row's wait statistics come from: the women, and those within target. */
export const waitCounts = (row: WaitsRow): readonly number[] => [row.patients];
export const shareCounts = (row: WaitsRow): readonly number[] => [row.patients, row.within_target];

/** A median, percentile or mean wait as it may be shown: null where withheld or empty. */
export const shownWait = (row: WaitsRow, weeks: number | null) =>
	discloseDerived(weeks, waitCounts(row));
export const shownShare = (row: WaitsRow) =>
	discloseDerived(shareWithinTarget(row), shareCounts(row));

function reasonPart(waiting: WaitsRow | undefined, reason: LarcReason, target: number): string {
	if (!waiting || waiting.patients === 0) return `nobody was waiting for ${reason} reasons`;
	const median = shownWait(waiting, waiting.median_weeks);
	if (median === null)
		return `1 to 7 women were waiting for ${reason} reasons, too few to describe their waits`;
	const share = shownShare(waiting);
	return (
		`women waiting for ${reason} reasons had waited a median ${formatWeeks(median)} ` +
		`(92nd percentile ${formatWeeks(shownWait(waiting, waiting.p92_weeks))}), ` +
		`${share === null ? '1 to 7 women' : formatShare(share)} within ${target} weeks`
	);
}

/** The area's own figures: its total row, found by its flag. */
export function summariseWaits(
	rows: readonly WaitsRow[],
	areaLabel: string,
	targets: Record<LarcReason, number>
): string {
	const parts = (['gynaecological', 'contraceptive'] as const).map((reason) =>
		reasonPart(
			rows.find((r) => r.is_total && r.reason === reason && r.status === 'waiting'),
			reason,
			targets[reason]
		)
	);
	return `In ${areaLabel}, ${parts.join('; ')}.`;
}
