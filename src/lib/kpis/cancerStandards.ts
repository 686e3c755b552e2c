/**
 * The cancer waiting-time standards, as one dated table, and what applied in a given month.
 *
 * Two kinds of figure are kept apart, because they mean different things to a board:
 * - the **operational standard**: the threshold a month is judged against, in force from its
 *   start until replaced;
 * - the **ambition**: a planning-guidance goal for one financial year ("77 % by March 2025"),
 *   which applies from the April that year starts to the March it is due by. It is a step towards
 *   the standard or beyond it, not the standard itself.
 *
 * Summarised in tests/reference-vectors/reference_constants.json (cancer_waiting_times) and the
 * sources named against each row.
 */
import { formatMonth } from '$lib/format/numbers';

export type CancerStandardId = 'faster_diagnosis_28d' | 'treatment_62d';
export type StandardKind = 'operational_standard' | 'ambition';

export interface DatedStandard {
	standard: CancerStandardId;
	kind: StandardKind;
	/** Proportion 0–1. */
	value: number;
	/**
	 * First month it applies (YYYY-MM-01); null = long-standing, in force before the earliest
	 * month any file here covers (July 2021).
	 */
	effectiveFrom: string | null;
	/** Ambitions only: the last month of the year it is due by (YYYY-MM-01). */
	dueBy: string | null;
	/** Short name, e.g. "FDS 77% ambition by March 2025". */
	label: string;
	source: string;
}

export const CANCER_STANDARDS: readonly DatedStandard[] = [
	{
		standard: 'faster_diagnosis_28d',
		kind: 'operational_standard',
		value: 0.75,
		// Reported from April 2021; trusts measured against it from October 2021 at 75 %, kept at
		// 75 % when the ten standards became three on 1 October 2023.
		effectiveFrom: '2021-10-01',
		dueBy: null,
		label: 'FDS operational standard 75%',
		source:
			'NHS England: trusts measured against it from October 2021; kept at 75% by the cancer waiting times review of August 2023, from 1 October 2023'
	},
	{
		standard: 'faster_diagnosis_28d',
		kind: 'ambition',
		value: 0.75,
		effectiveFrom: '2023-04-01',
		dueBy: '2024-03-01',
		label: 'FDS 75% ambition by March 2024',
		source: '2023/24 priorities and operational planning guidance'
	},
	{
		standard: 'faster_diagnosis_28d',
		kind: 'ambition',
		value: 0.77,
		effectiveFrom: '2024-04-01',
		dueBy: '2025-03-01',
		label: 'FDS 77% ambition by March 2025',
		source: '2024/25 priorities and operational planning guidance'
	},
	{
		standard: 'faster_diagnosis_28d',
		kind: 'ambition',
		value: 0.8,
		effectiveFrom: '2025-04-01',
		dueBy: '2026-03-01',
		label: 'FDS 80% ambition by March 2026',
		source: '2025/26 priorities and operational planning guidance'
	},
	{
		standard: 'treatment_62d',
		kind: 'operational_standard',
		value: 0.85,
		// Long-standing: last met nationally in December 2015, well before the files here start.
		effectiveFrom: null,
		dueBy: null,
		label: '62-day operational standard 85%',
		source:
			'NHS Constitution operational standard; kept by the cancer waiting times review of August 2023'
	},
	{
		standard: 'treatment_62d',
		kind: 'ambition',
		value: 0.7,
		effectiveFrom: '2024-04-01',
		dueBy: '2025-03-01',
		label: '62-day 70% ambition by March 2025',
		source: '2024/25 priorities and operational planning guidance'
	},
	{
		standard: 'treatment_62d',
		kind: 'ambition',
		value: 0.75,
		effectiveFrom: '2025-04-01',
		dueBy: '2026-03-01',
		label: '62-day 75% ambition by March 2026',
		source: '2025/26 priorities and operational planning guidance'
	}
];

export interface StandardsInMonth {
	/** The operational standard the month is judged against; null before there was one. */
	standard: DatedStandard | null;
	/** The planning ambition for the year the month falls in; null when none was set. */
	ambition: DatedStandard | null;
}

const applies = (row: DatedStandard, month: string) =>
	(row.effectiveFrom === null || row.effectiveFrom <= month) &&
	(row.dueBy === null || month <= row.dueBy);

/** What applied in `month` (any date in it, YYYY-MM-DD), from CANCER_STANDARDS. */
export function standardsInForce(
	standard: CancerStandardId,
	month: string,
	table: readonly DatedStandard[] = CANCER_STANDARDS
): StandardsInMonth {
	const first = month.slice(0, 7) + '-01';
	const latest = (kind: StandardKind) =>
		table
			.filter((row) => row.standard === standard && row.kind === kind && applies(row, first))
			.sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''))
			.at(-1) ?? null;
	return { standard: latest('operational_standard'), ambition: latest('ambition') };
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** The table's rows for one standard in words, for About text: standards first, then ambitions. */
export function describeStandards(
	standard: CancerStandardId,
	table: readonly DatedStandard[] = CANCER_STANDARDS
): { standards: string[]; ambitions: string[] } {
	const rows = table.filter((row) => row.standard === standard);
	return {
		standards: rows
			.filter((row) => row.kind === 'operational_standard')
			.map(
				(row) =>
					`${pct(row.value)} ${row.effectiveFrom ? `from ${formatMonth(row.effectiveFrom)}` : 'throughout'} (${row.source})`
			),
		ambitions: rows
			.filter((row) => row.kind === 'ambition' && row.dueBy !== null)
			.map((row) => `${pct(row.value)} by ${formatMonth(row.dueBy!)} (${row.source})`)
	};
}
