/**
 * A plain-English reading of an SPC result, shown under every SPC chart. Wording follows the MDC
 * icons: variation from the last point, assurance from the target against the process limits.
 * Words, not maths, so a chart may draw it (views never import $lib/stats).
 */
import type { SpcPoint, SpcResult } from '$lib/stats/spc';

export interface SpcReading {
	/** e.g. "Special cause — concerning: the last 7 points are above the mean". */
	variation: string;
	/** e.g. "The process will not consistently hit the target"; null with no assurance. */
	assurance: string | null;
	/** Caution about trial limits from a short rebase group; null when not needed. */
	caution: string | null;
}

/** How many points at the end of the series satisfy `test`, stopping at a rebase. */
function trailingRun(points: readonly SpcPoint[], test: (p: SpcPoint, prev: SpcPoint) => boolean) {
	let n = 1;
	for (let i = points.length - 1; i > 0; i--) {
		const [prev, p] = [points[i - 1], points[i]];
		if (prev.rebaseGroup !== p.rebaseGroup || !test(p, prev)) break;
		n++;
	}
	return n;
}

function reason(points: readonly SpcPoint[]): string {
	const last = points[points.length - 1];
	switch (last.specialCauseType) {
		case 'Above UCL':
			return 'the latest point is above the upper process limit';
		case 'Below LCL':
			return 'the latest point is below the lower process limit';
		case '7 Point Trend (Increasing)':
			return `the last ${trailingRun(points, (p, prev) => p.value > prev.value)} points form a rising trend`;
		case '7 Point Trend (Decreasing)':
			return `the last ${trailingRun(points, (p, prev) => p.value < prev.value)} points form a falling trend`;
		case '2 in 3 Above CL':
			return '2 of the last 3 points are close to the upper process limit';
		case '2 in 3 Below CL':
			return '2 of the last 3 points are close to the lower process limit';
		case '7 Points Above CL':
		case '7 Points Below CL': {
			const n = trailingRun(points, (p, prev) => p.relativeToMean === prev.relativeToMean);
			return `the last ${n} points are ${last.relativeToMean > 0 ? 'above' : 'below'} the mean`;
		}
		case 'Common Cause':
			return 'no significant change';
	}
}

const VARIATION_HEADLINE = {
	common_cause: 'Common cause variation',
	special_cause_improvement: 'Special cause — improving',
	special_cause_concern: 'Special cause — concerning',
	special_cause_neutral_high: 'Special cause — higher (neither better nor worse)',
	special_cause_neutral_low: 'Special cause — lower (neither better nor worse)'
} as const;

const ASSURANCE_TEXT = {
	consistent_pass: 'The process will consistently hit the target',
	consistent_fail: 'The process will consistently miss the target unless it changes',
	inconsistent:
		'The process will not consistently hit the target: it lies within the process limits, so hitting or missing it is down to chance'
} as const;

/** Read an SPC result in plain English. */
export function spcReading(result: SpcResult): SpcReading {
	const last = result.points[result.points.length - 1];
	const lastGroup = result.points.filter((p) => p.rebaseGroup === last.rebaseGroup);
	return {
		variation: `${VARIATION_HEADLINE[last.pointType]}: ${reason(result.points)}`,
		assurance: result.assurance === null ? null : ASSURANCE_TEXT[result.assurance],
		caution: last.shortGroupWarning
			? `The limits are based on only ${lastGroup.length} points, so treat them as provisional`
			: null
	};
}
