/** Number and date formats used on screen (en-GB, as GOV.UK and NHS style guides ask). */
import { format } from 'd3-format';
import { utcFormat } from 'd3-time-format';
import type { Period } from '$lib/data/datasets';
import { SUPPRESSED, suppressCount } from '$lib/stats/disclosure';

/** How a withheld figure is shown, for views (which never import stats/ themselves). */
export { SUPPRESSED };

export const formatCount = format(',');

/**
 * A number as a table shows it and a download writes it. Both sides round with
 * `Number.prototype.toFixed` (d3-format's "f" and "%" types use it too), so a file holds exactly
 * the digits on screen, never more precision than the table claims.
 */
export interface NumberFormat {
	/** For the screen: "1,234.5", "55.3%". */
	text: (value: number) => string;
	/** For a CSV cell: the same rounding, without thousands separators or a % sign. */
	csv: (value: number) => number;
	/** A percentage is written as 55.3, not 0.553, so its CSV header says "percent". */
	unit: 'number' | 'percent';
}

/** A fixed number of decimal places, e.g. `decimalPlaces(1)` → "1,234.5". */
export function decimalPlaces(places: number): NumberFormat {
	return {
		text: format(`,.${places}f`),
		csv: (value) => Number(value.toFixed(places)),
		unit: 'number'
	};
}

/** A whole number rounded to the nearest `base`, e.g. an estimate good only to the nearest 10. */
export function nearest(base: number): NumberFormat {
	const round = (value: number) => base * Math.round(value / base);
	return { text: (value) => formatCount(round(value)), csv: round, unit: 'number' };
}

export const WHOLE_NUMBER = decimalPlaces(0);
export const ONE_DECIMAL = decimalPlaces(1);
export const TWO_DECIMALS = decimalPlaces(2);
/** A proportion shown as a percentage to one decimal place: 0.5531 → "55.3%", written 55.3. */
export const PERCENT_1DP: NumberFormat = {
	text: format('.1%'),
	csv: (value) => Number((value * 100).toFixed(1)),
	unit: 'percent'
};

export const formatPercent1dp = PERCENT_1DP.text;

/** A ratio as a board paper gives it, to two significant figures: "2.0", "1.4", "0.82". */
export const formatRatio = (value: number) =>
	value >= 10 ? value.toFixed(0) : value.toPrecision(2);
/** A target or aim as policy writes it: "92%", "77%", "92.5%" (no trailing zeros). */
export const formatTargetPercent = format('~%');

const monthYear = utcFormat('%B %Y');
const shortMonthYear = utcFormat('%b %Y');
const dayMonthYear = utcFormat('%-d %B %Y');

const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "2 October 2026" from an ISO date. */
export function formatDay(isoDate: string): string {
	return dayMonthYear(utcDate(isoDate));
}

/** "October 2026" from an ISO date. */
export function formatMonth(isoDate: string): string {
	return monthYear(utcDate(isoDate));
}

/** "Oct 2026" from an ISO date, for axes and tables. */
export function formatShortMonth(isoDate: string): string {
	return shortMonthYear(utcDate(isoDate));
}

/**
 * A period in words: whole months as "December 2023 to October 2026" (or "October 2026"),
 * anything else with its days, so a window of 13 weeks is not passed off as whole months.
 */
export function formatPeriod(period: Period): string {
	const startsMonth = period.from.endsWith('-01');
	const nextDay = utcDate(period.to);
	nextDay.setUTCDate(nextDay.getUTCDate() + 1);
	const endsMonth = nextDay.getUTCDate() === 1;
	if (!startsMonth || !endsMonth) {
		const [from, to] = [dayMonthYear(utcDate(period.from)), dayMonthYear(utcDate(period.to))];
		return from === to ? from : `${from} to ${to}`;
	}
	const [from, to] = [formatMonth(period.from), formatMonth(period.to)];
	return from === to ? from : `${from} to ${to}`;
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
