/**
 * Cancer waiting-time performance for the cards: each published month of a measure as a
 * proportion with its Wilson 95% interval, set against the standard(s) in force that month,
 * with a plain-English verdict. Counts are the published ICB figures, shown as published.
 */
import { pheProportion } from '$lib/stats/confidenceIntervals';
import {
	SIXTY_TWO_DAY_CONSTITUTIONAL,
	fasterDiagnosisStandard,
	sixtyTwoDayInterim
} from '$lib/kpis/cancerStandards';
import type { CwtMeasure, CwtPerformanceRow } from '$lib/queries/cancerStandards';
import { formatCount, formatMonth, formatPercent1dp } from '$lib/format/numbers';

export interface StandardLine {
	key: 'standard' | 'interim';
	label: string;
	/** Proportion 0–1; null = none in force that month. */
	threshold: number | null;
	basis: string;
}

export type StandardsFor = (period: string) => StandardLine[];

export const FDS_STANDARDS: StandardsFor = (period) => [
	{ key: 'standard', label: 'Standard in force', ...fasterDiagnosisStandard(period) }
];

export const SIXTY_TWO_DAY_STANDARDS: StandardsFor = (period) => [
	{ key: 'standard', label: 'Constitutional standard', ...SIXTY_TWO_DAY_CONSTITUTIONAL },
	{ key: 'interim', label: 'Interim ambition', ...sixtyTwoDayInterim(period) }
];

const ROUTE_LABEL: Record<string, string> = {
	all_routes: 'All routes',
	urgent_suspected_cancer: 'Urgent suspected cancer',
	screening: 'Screening',
	breast_symptomatic: 'Breast symptomatic',
	consultant_upgrade: 'Consultant upgrade'
};

export interface PerformanceRow {
	measureKey: string;
	measureLabel: string;
	period: string;
	route: string;
	/** Whose figures: the ICB, or the five former CCGs summed. */
	organisation: string;
	total: number | null;
	within: number | null;
	value: number | null;
	lower: number | null;
	upper: number | null;
	standards: StandardLine[];
	/** Against the first standard, e.g. "Below the 77% standard; …". */
	verdict: string;
}

export const formatProportion = (value: number) => formatPercent1dp(value);

function percent(threshold: number): string {
	return `${Math.round(threshold * 100)}%`;
}

export function verdict(
	value: number | null,
	lower: number | null,
	upper: number | null,
	threshold: number | null
): string {
	if (value === null) return 'Not published';
	if (threshold === null) return 'No standard in force';
	if (value >= threshold) {
		return lower !== null && lower >= threshold
			? `Met the ${percent(threshold)} standard; the 95% interval lies wholly above it`
			: `Met the ${percent(threshold)} standard`;
	}
	return upper !== null && upper < threshold
		? `Below the ${percent(threshold)} standard; the 95% interval lies wholly below it`
		: `Below the ${percent(threshold)} standard, but within the 95% interval`;
}

export function performanceRows(
	measure: CwtMeasure,
	rows: readonly CwtPerformanceRow[],
	standardsFor: StandardsFor
): PerformanceRow[] {
	return rows.map((row) => {
		const published = row.total !== null && row.within_standard !== null && row.total > 0;
		const ci = published ? pheProportion(row.within_standard, row.total) : null;
		const standards = standardsFor(row.period);
		return {
			measureKey: measure.key,
			measureLabel: measure.label,
			period: row.period,
			route: ROUTE_LABEL[row.referral_route] ?? row.referral_route,
			organisation:
				row.org_level === 'CCG'
					? `Sum of the ${row.organisations} former CCGs (now the ICB)`
					: 'ICB (QH8)',
			total: row.total,
			within: row.within_standard,
			value: ci?.value ?? null,
			lower: ci?.lower ?? null,
			upper: ci?.upper ?? null,
			standards,
			verdict: verdict(
				ci?.value ?? null,
				ci?.lower ?? null,
				ci?.upper ?? null,
				standards[0].threshold
			)
		};
	});
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** One sentence on the latest published month of the first measure. */
export function summarisePerformance(rows: readonly PerformanceRow[], what: string): string {
	const first = rows.filter((r) => r.measureKey === rows[0]?.measureKey && r.value !== null);
	const latest = first[first.length - 1];
	if (!latest) return `No ${what} figures are published for this selection.`;
	return (
		`${formatMonth(latest.period)}, ${lowerFirst(latest.measureLabel)}: ` +
		`${formatCount(latest.within!)} of ${formatCount(latest.total!)} patients ${what} ` +
		`(${formatProportion(latest.value!)}, 95% CI ${formatProportion(latest.lower!)} to ` +
		`${formatProportion(latest.upper!)}). ${latest.verdict}.`
	);
}
