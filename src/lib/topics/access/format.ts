/** How the /access page writes minutes, women and shares, on screen and in downloads. */
import { nearest, ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';

/** Modelled minutes to one decimal place; no site at all is said in words. */
export function formatMinutes(minutes: number): string {
	return Number.isFinite(minutes) ? `${ONE_DECIMAL.text(minutes)} min` : 'no site';
}

/** Estimated women are good to the nearest 10 at best. */
export const WOMEN = nearest(10);

export function formatShare(share: number | null): string {
	return share === null ? 'no women' : PERCENT_1DP.text(share);
}

/** A change in percentage points, signed: "+2.5 points", "−1.0 points", "no change". */
export function formatPoints(points: number): string {
	const rounded = Math.round(points * 10) / 10;
	if (rounded === 0) return 'no change';
	return `${rounded > 0 ? '+' : '−'}${ONE_DECIMAL.text(Math.abs(rounded))} points`;
}
