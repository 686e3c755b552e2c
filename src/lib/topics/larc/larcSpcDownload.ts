/**
 * The LARC SPC card's download: each month's list size and share within target with everything
 * needed to redraw both charts (point type, mean, process limits, and the share's target).
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import { ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';
import { WITHIN_TARGET_AIM, type LarcSpc, type MonthlyListPoint } from '$lib/kpis/larcSpcSeries';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { SOURCE } from '$lib/csv/provenance';
import { spcColumns } from '$lib/csv/spcColumns';

export interface LarcSpcDownloadInput {
	points: readonly MonthlyListPoint[];
	spc: LarcSpc | null;
	reason: LarcReason;
	areaLabel: string;
	period: Period;
	targetWeeks: number;
	/** The logged changes first read at point i (null for none): a column of the download. */
	interventionsAt?: (index: number) => string | null;
}

export const shareWithinTarget = (p: MonthlyListPoint) =>
	p.waiting > 0 ? p.within_target / p.waiting : null;

/** The counts a month's share comes from: withheld where either is 1–7. */
export const shareCounts = (p: MonthlyListPoint): readonly number[] => [p.waiting, p.within_target];

export function larcSpcDownload(input: LarcSpcDownloadInput): Download {
	const { points, spc, reason, areaLabel, period, targetWeeks } = input;
	const month = (p: MonthlyListPoint) => p.month_end;
	const indexOf = new Map(points.map((p, i) => [p, i]));
	return buildDownload<MonthlyListPoint>({
		name: `larc-spc-${reason}`,
		metadata: {
			title: `Monthly ${reason} LARC waiting list and share within ${targetWeeks} weeks, with SPC limits, ${areaLabel}`,
			area: areaLabel,
			period,
			source: SOURCE.larc,
			kind: 'synthetic'
		},
		rows: points,
		columns: [
			textColumn('month_end', month),
			textColumn('reason', () => reason),
			countColumn('waiting', (p) => p.waiting),
			// Means and limits of the list are not counts, so they keep the decimal the chart plots.
			...spcColumns('list', spc?.list ?? null, month, ONE_DECIMAL),
			numberColumn('percent_within_target', shareWithinTarget, PERCENT_1DP, { from: shareCounts }),
			...spcColumns('share', spc?.withinTarget ?? null, month, PERCENT_1DP, WITHIN_TARGET_AIM),
			textColumn('interventions', (p) => input.interventionsAt?.(indexOf.get(p)!) ?? null)
		]
	});
}
