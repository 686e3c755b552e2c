/**
 * Urgent suspected cancer demand shaped for the cards: the published July figures as bars (gaps
 * where nothing is published), and the synthetic monthly series for an SPC chart, when it is long
 * enough, with the published total beside each calibrated month. The synthetic counts are
 * sub-national, so they are drawn and described under disclosure control (stats/disclosure.ts).
 */
import { ptdSpc, type SpcResult } from '$lib/stats/spc';
import { drawableCount, isSuppressedCount } from '$lib/stats/disclosure';
import type { BarDatum } from '$lib/components/charts/bar/types';
import type { UscPublishedRow } from '$lib/queries/uscPublished';
import type { UscMonthRow } from '$lib/queries/uscReferrals';
import type { CancerChoice } from '$lib/queries/cancerChoice';
import { MIN_SPC_POINTS } from '$lib/facts';
import {
	formatCount,
	formatMonth,
	formatShortMonth,
	formatSuppressedCount
} from '$lib/format/numbers';

export const RATE_PER = 100_000;

export function publishedDemandBars(
	rows: readonly UscPublishedRow[],
	column: 'all_cancers' | 'gynaecological'
): BarDatum[] {
	return rows.map((row) => ({
		key: row.period,
		label: formatShortMonth(row.period),
		value: row[column],
		valueLabel: row[column] === null ? 'Not published' : formatCount(row[column])
	}));
}

type PublishedColumn = 'all_cancers' | 'gynaecological';

interface PublishedPoint {
	period: string;
	value: number;
}

/** The months one series is published in, earliest first: a gap is never read as 0. */
function publishedPoints(
	rows: readonly UscPublishedRow[],
	column: PublishedColumn
): PublishedPoint[] {
	return rows
		.flatMap((r) => (r[column] === null ? [] : [{ period: r.period, value: r[column]! }]))
		.sort((a, b) => a.period.localeCompare(b.period));
}

/** ", up 22% on July 2021 (5,084)", from the first and latest published months of one series. */
function changeOnFirst(points: readonly PublishedPoint[]): string {
	const [first, latest] = [points[0], points[points.length - 1]];
	if (points.length < 2 || first.value === 0) return '';
	const pct = Math.round(((latest.value - first.value) / first.value) * 100);
	const direction =
		pct === 0 ? 'about the same as' : `${pct > 0 ? 'up' : 'down'} ${Math.abs(pct)}% on`;
	return `, ${direction} ${formatMonth(first.period)} (${formatCount(first.value)})`;
}

/**
 * The latest published month of each series, each with the change since that series' own first
 * published month: the gynaecological figure never carries the all-cancer change.
 */
export function summarisePublishedDemand(rows: readonly UscPublishedRow[]): string {
	const all = publishedPoints(rows, 'all_cancers');
	const gynae = publishedPoints(rows, 'gynaecological');
	const latestAll = all[all.length - 1];
	if (!latestAll) return 'No urgent suspected cancer demand is published in these files.';
	const latestGynae = gynae[gynae.length - 1];
	const gynaeText = !latestGynae
		? ' Suspected gynaecological cancer is not published separately in these files.'
		: gynae.length === 1
			? ` For suspected gynaecological cancer, ${formatCount(latestGynae.value)} patients were ` +
				`first seen in ${formatMonth(latestGynae.period)}, the only month it is published, so ` +
				`no change can be given.`
			: ` For suspected gynaecological cancer, ${formatCount(latestGynae.value)} patients were ` +
				`first seen in ${formatMonth(latestGynae.period)}${changeOnFirst(gynae)}.`;
	return (
		`In ${formatMonth(latestAll.period)}, ${formatCount(latestAll.value)} patients were first ` +
		`seen after an urgent suspected cancer referral for any cancer${changeOnFirst(all)}.` +
		gynaeText +
		' The files publish one month a year (July).'
	);
}

export type MonthlySpc =
	| { kind: 'spc'; result: SpcResult }
	| { kind: 'too-few'; points: number }
	/** A month has 1–7 referrals: the mean and limits, worked from every month, could reveal it. */
	| { kind: 'withheld'; months: string[] };

/**
 * Demand has no better direction: "neutral" (neither more nor fewer referrals is improvement).
 * The mean and limits come from the unrounded counts; each point is drawn as its count would be
 * published (rounded to 5), so the chart never shows more than the table.
 */
export function monthlySpc(rows: readonly UscMonthRow[]): MonthlySpc {
	if (rows.length < MIN_SPC_POINTS) return { kind: 'too-few', points: rows.length };
	const withheld = rows.filter((r) => isSuppressedCount(r.referrals)).map((r) => r.month);
	if (withheld.length > 0) return { kind: 'withheld', months: withheld };
	const result = ptdSpc(
		rows.map((r) => r.referrals),
		{ dates: rows.map((r) => r.month), improvementDirection: 'neutral' }
	);
	// No count is 1–7 here, so every point has a published value to draw.
	const points = result.points.map((p) => ({ ...p, value: drawableCount(p.value) ?? 0 }));
	return { kind: 'spc', result: { ...result, points } };
}

export interface MonthTableRow {
	month: string;
	referrals: number;
	/** Per 100,000 women registered, in the month; null for all cancers (men are referred too). */
	ratePer100k: number | null;
	/** The published total the month was calibrated to (real); null if none. */
	published: number | null;
}

export function monthlyTable(
	rows: readonly UscMonthRow[],
	published: readonly UscPublishedRow[],
	cancer: CancerChoice
): MonthTableRow[] {
	const column = cancer === 'all' ? 'all_cancers' : 'gynaecological';
	const byMonth = new Map(published.map((p) => [p.period, p[column]]));
	return rows.map((r) => ({
		month: r.month,
		referrals: r.referrals,
		ratePer100k: cancer === 'all' ? null : (r.referrals / r.women_registered) * RATE_PER,
		published: byMonth.get(r.month) ?? null
	}));
}

/**
 * The latest month, against the same month a year earlier. A count of 1–7 is withheld, and with it
 * the rate and the change worked from it.
 */
export function summariseMonthly(rows: readonly MonthTableRow[], what: string): string {
	const latest = rows[rows.length - 1];
	if (!latest) return 'No synthetic referrals in the period.';
	const month = formatMonth(latest.month);
	if (isSuppressedCount(latest.referrals)) {
		return `Synthetic: * referrals (1 to 7, withheld under disclosure control) for ${what} in ${month}.`;
	}
	const before = rows[rows.length - 13];
	const comparable = before && before.referrals > 0 && !isSuppressedCount(before.referrals);
	const pct = comparable
		? Math.round(((latest.referrals - before.referrals) / before.referrals) * 100)
		: 0;
	const change = !comparable
		? ''
		: pct === 0
			? `, about the same as ${formatMonth(before.month)}`
			: `, ${pct > 0 ? 'up' : 'down'} ${Math.abs(pct)}% on ${formatMonth(before.month)}`;
	const rateText =
		latest.ratePer100k === null ? '' : ` (${latest.ratePer100k.toFixed(0)} per 100,000 women)`;
	return (
		`Synthetic: about ${formatSuppressedCount(latest.referrals)} referrals for ${what} in ` +
		`${month}${rateText}${change}.`
	);
}
