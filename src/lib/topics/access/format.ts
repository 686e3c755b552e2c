/** How the /access page writes minutes, women and shares, on screen and in downloads. */
import { formatSuppressedCount, ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';

/** Modelled minutes to one decimal place; no site at all is said in words. */
export function formatMinutes(minutes: number): string {
	return Number.isFinite(minutes) ? `${ONE_DECIMAL.text(minutes)} min` : 'no site';
}

/**
 * Estimated women as a whole number, for disclosure control as any sub-national count: 1–7 as *,
 * others to the nearest 5, on screen and in downloads alike.
 */
export function wholeWomen(women: number): number {
	return Math.round(women);
}

export function formatWomen(women: number): string {
	return formatSuppressedCount(wholeWomen(women));
}

export function formatShare(share: number | null): string {
	return share === null ? 'no women' : PERCENT_1DP.text(share);
}

/** A change in percentage points, signed: "+2.5 points", "−1.0 points", "no change". */
export function formatPoints(points: number): string {
	const rounded = Math.round(points * 10) / 10;
	if (rounded === 0) return 'no change';
	return `${rounded > 0 ? '+' : '−'}${ONE_DECIMAL.text(Math.abs(rounded))} points`;
}
