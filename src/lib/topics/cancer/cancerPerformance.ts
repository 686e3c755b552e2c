/**
 * Cancer waiting-time performance for the cards: each published month of a measure as a
 * proportion with its Wilson 95% interval, set against the standard(s) in force that month,
 * with a plain-English verdict. Counts are the published ICB figures, shown as published.
 */
import { pheProportion } from '$lib/stats/confidenceIntervals';
import { standardsInForce, type CancerStandardId } from '$lib/kpis/cancerStandards';
import type { CwtMeasure, CwtPerformanceRow } from '$lib/queries/cancerStandards';
import { formatCount, formatMonth, formatPercent1dp } from '$lib/format/numbers';

export interface StandardLine {
	key: 'standard' | 'ambition';
	label: string;
	/** Proportion 0–1; null = none applied that month. */
	threshold: number | null;
	/** e.g. "FDS 77% ambition by March 2025", or "None in force". */
	basis: string;
	/** Where it is set, e.g. "2024/25 priorities and operational planning guidance". */
	source: string | null;
	/** Ambitions: the month it was due by; null for the operational standard. */
	dueBy: string | null;
}

export type StandardsFor = (period: string) => StandardLine[];

/** The operational standard, then the ambition, that applied in each month, from one table. */
export function standardLines(standard: CancerStandardId): StandardsFor {
	return (period) => {
		const { standard: inForce, ambition } = standardsInForce(standard, period);
		return [
			{
				key: 'standard',
				label: 'Operational standard',
				threshold: inForce?.value ?? null,
				basis: inForce?.label ?? 'No operational standard in force',
				source: inForce?.source ?? null,
				dueBy: null
			},
			{
				key: 'ambition',
				label: 'Planning ambition',
				threshold: ambition?.value ?? null,
				basis: ambition?.label ?? 'No ambition set',
				source: ambition?.source ?? null,
				dueBy: ambition?.dueBy ?? null
			}
		];
	};
}

export const FDS_STANDARDS = standardLines('faster_diagnosis_28d');
export const SIXTY_TWO_DAY_STANDARDS = standardLines('treatment_62d');

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
	/** Against the operational standard, e.g. "Below the 75% standard; …". */
	verdict: string;
}

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
				standards.find((s) => s.key === 'standard')?.threshold ?? null
			)
		};
	});
}

/** The ambition is stated on its own, never as the standard the month is judged against. */
function ambitionSentence(standards: readonly StandardLine[]): string {
	const ambition = standards.find((s) => s.key === 'ambition');
	if (!ambition || ambition.threshold === null || ambition.dueBy === null) return '';
	return ` The planning ambition that year was ${percent(ambition.threshold)} by ${formatMonth(ambition.dueBy)}.`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** One sentence on the latest published month of the first measure. */
export function summarisePerformance(rows: readonly PerformanceRow[], what: string): string {
	const first = rows.filter((r) => r.measureKey === rows[0]?.measureKey && r.value !== null);
	const latest = first[first.length - 1];
	if (!latest) return 'No figures are published for this selection.';
	return (
		`${formatMonth(latest.period)}, ${lowerFirst(latest.measureLabel)}: ` +
		`${formatCount(latest.within!)} of ${formatCount(latest.total!)} patients ${what} ` +
		`(${formatPercent1dp(latest.value!)}, 95% CI ${formatPercent1dp(latest.lower!)} to ` +
		`${formatPercent1dp(latest.upper!)}). ${latest.verdict}.` +
		ambitionSentence(latest.standards)
	);
}
