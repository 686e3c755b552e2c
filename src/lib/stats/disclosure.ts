/**
 * Disclosure control for published counts, NHS Digital / NHS England rule for HES, ECDS and
 * SRHAD sub-national figures: 0 stays "0", 1–7 become "*", everything else is rounded to the
 * nearest 5 (codonPython suppression.py suppress_value). National figures are not suppressed.
 *
 * This is for DISPLAY only. Rates, proportions and confidence intervals must always be computed
 * from the unrounded counts (as Fingertips metadata states), never from these strings.
 */

/** codonPython's default upper bound for a count. */
export const MAX_SUPPRESSIBLE_COUNT = 100_000_000;
/** How a withheld count (and any figure that would reveal it) is shown. */
export const SUPPRESSED = '*';
const ROUNDING_BASE = 5;

/**
 * A count as it may be published for a sub-national area. Negative, fractional or too-large
 * values throw rather than being guessed at.
 */
export function suppressCount(count: number, upper = MAX_SUPPRESSIBLE_COUNT): string {
	assertCount(count);
	if (count > upper) throw new RangeError(`count ${count} is above the maximum of ${upper}`);
	if (count === 0) return '0';
	if (count <= 7) return SUPPRESSED;
	// x/5 is never exactly .5 for a whole number, so the rounding rule cannot matter.
	return String(ROUNDING_BASE * Math.round(count / ROUNDING_BASE));
}

/** National counts are published as they are; sub-national ones are suppressed and rounded. */
export function publishedCount(count: number, level: 'national' | 'sub-national'): string {
	if (level === 'sub-national') return suppressCount(count);
	assertCount(count);
	return String(count);
}

function assertCount(count: number): void {
	if (!Number.isInteger(count) || count < 0) {
		throw new RangeError(`a count must be a whole number of 0 or more, not ${count}`);
	}
}

/** Whether a count is withheld on publication (shown as "*"): 1 to 7. */
export function isSuppressedCount(count: number): boolean {
	assertCount(count);
	return count >= 1 && count <= 7;
}

/**
 * Secondary suppression: a figure derived from counts (a rate, share, interval, weekly flow) is
 * withheld wherever any of those counts is withheld, or the count could be worked back from it
 * (share × denominator, rate × population, per week × weeks, or the two ends of an interval).
 * Returns null for a withheld figure; callers show it as "*" as they show the count.
 */
export function discloseDerived(
	value: number | null,
	fromCounts: readonly number[]
): number | null {
	return fromCounts.some(isSuppressedCount) ? null : value;
}

/**
 * What a chart may draw for a sub-national count: the published value (rounded to 5), or null
 * for a withheld count (a gap with a marker), so a chart never shows more than the table.
 */
export function drawableCount(count: number): number | null {
	const published = suppressCount(count);
	return published === '*' ? null : Number(published);
}
