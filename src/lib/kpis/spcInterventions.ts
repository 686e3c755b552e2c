/**
 * Interventions on an SPC chart: where each logged change falls among the chart's points (its
 * marker), where a chart rebased at one starts its new limits, and what changed, in words. A
 * rebase is only ever at a logged intervention the user chose (Making Data Count: recalculate
 * limits at a known change to the process, never because the data moved).
 */
import type { Intervention } from '$lib/data/interventions';
import type { SpcResult } from '$lib/stats/spc';
import { formatDay, formatMonth } from '$lib/format/numbers';

export interface SpcMarker {
	id: string;
	/** 1, 2, …: the number on the chart and in the list under it. */
	number: number;
	/** ISO date of the change: where the marker is drawn. */
	date: string;
	label: string;
	/** e.g. "Thurrock hub opened, 2 Sep 2024". */
	text: string;
	/** The first point on or after the change: the one whose read-out names it. */
	pointIndex: number;
}

/**
 * Markers for the changes that fall within the chart: after its first point and on or before its
 * last (a change before the first point has no "before" to compare with).
 */
export function spcMarkers(
	interventions: readonly Intervention[],
	pointDates: readonly string[]
): SpcMarker[] {
	const first = pointDates[0];
	const last = pointDates[pointDates.length - 1];
	return interventions
		.filter((i) => first !== undefined && i.date > first && i.date <= last)
		.map((i, k) => ({
			id: i.id,
			number: k + 1,
			date: i.date,
			label: i.label,
			text: `${i.label}, ${formatDay(i.date)}`,
			pointIndex: pointDates.findIndex((d) => d >= i.date)
		}));
}

/** The rebase asked for, found among the chart's markers; a problem sentence when it is not there. */
export function chosenRebase(
	markers: readonly SpcMarker[],
	rebaseId: string | undefined
): { marker: SpcMarker | null; problem: string | null } {
	if (!rebaseId) return { marker: null, problem: null };
	const marker = markers.find((m) => m.id === rebaseId) ?? null;
	return {
		marker,
		problem: marker
			? null
			: `"${rebaseId}" is not an intervention logged for this selection within the months shown, so the chart is not rebased.`
	};
}

/** Mean and limits of one rebase segment. */
export interface SpcSegment {
	from: string;
	to: string;
	points: number;
	mean: number;
	lpl: number;
	upl: number;
	/** Fewer points than NHSRplotthedots' warning threshold: its limits are provisional. */
	provisional: boolean;
}

export function spcSegments(result: SpcResult): SpcSegment[] {
	const segments: SpcSegment[] = [];
	for (const p of result.points) {
		const current = segments.at(-1);
		if (current && p.rebaseGroup === result.points[p.index - 1]?.rebaseGroup) {
			current.to = p.date ?? '';
			current.points++;
		} else {
			segments.push({
				from: p.date ?? '',
				to: p.date ?? '',
				points: 1,
				mean: p.mean,
				lpl: p.lpl,
				upl: p.upl,
				provisional: p.shortGroupWarning
			});
		}
	}
	return segments;
}

const CAPABILITY = {
	consistent_pass: 'the process is now capable of meeting the target',
	consistent_fail: 'the process will now consistently miss the target unless it changes',
	inconsistent: 'the process will now hit and miss the target by chance'
} as const;

/**
 * What changed at the rebase, e.g. "After Thurrock hub opened (September 2024) the mean fell from
 * 72 to 48 and the process is now capable of meeting the target.", with a caution when the limits
 * before it rest on too few points.
 */
export function rebaseChange(
	result: SpcResult,
	marker: SpcMarker,
	formatMean: (value: number) => string
): string {
	const segments = spcSegments(result);
	const [before, after] = [segments.at(-2), segments.at(-1)];
	if (!before || !after) return '';
	const [b, a] = [formatMean(before.mean), formatMean(after.mean)];
	const moved =
		a === b ? `stayed at ${a}` : `${after.mean < before.mean ? 'fell' : 'rose'} from ${b} to ${a}`;
	const capability = result.assurance ? ` and ${CAPABILITY[result.assurance]}` : '';
	// The latest segment's own caution is in the chart's reading; the earlier one's is said here.
	const caution = before.provisional
		? ` The limits before it rest on only ${before.points} points, so treat them as provisional.`
		: '';
	return `After ${marker.label} (${formatMonth(marker.date)}) the mean ${moved}${capability}.${caution}`;
}
