/** Number and date formats used on screen (en-GB, as GOV.UK and NHS style guides ask). */
import { format } from 'd3-format';
import { utcFormat } from 'd3-time-format';
import { suppressCount } from '$lib/stats/disclosure';

export const formatCount = format(',');
export const formatPercent1dp = format('.1%');
/** A target or aim as policy writes it: "92%", "77%", "92.5%" (no trailing zeros). */
export const formatTargetPercent = format('~%');

const dayMonthYear = utcFormat('%-d %B %Y');
const monthYear = utcFormat('%B %Y');
const shortMonthYear = utcFormat('%b %Y');

/** "2 October 2026" from an ISO date. */
export function formatDay(isoDate: string): string {
	return dayMonthYear(new Date(`${isoDate}T00:00:00Z`));
}

/** "October 2026" from an ISO date. */
export function formatMonth(isoDate: string): string {
	return monthYear(new Date(`${isoDate}T00:00:00Z`));
}

/** "Oct 2026" from an ISO date, for axes and tables. */
export function formatShortMonth(isoDate: string): string {
	return shortMonthYear(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A sub-national count as shown on screen: 1–7 as "*", others rounded to the nearest 5
 * (NHS England disclosure control), with thousands separators. Display only: rates and CIs
 * are always computed from the unrounded count.
 */
export function formatSuppressedCount(count: number): string {
	const published = suppressCount(count);
	return published === '*' ? '*' : formatCount(Number(published));
}
