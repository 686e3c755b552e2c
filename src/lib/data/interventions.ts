/**
 * The interventions log: dated changes to services (a hub opening, a PCN spoke starting LARC, a
 * pathway change) that SPC charts mark and may be rebased at. One row schema checks every row
 * where it enters — the data build today, an upload later — and names the file, column and row of
 * anything wrong. Imports are relative: the data build (scripts/) uses this module too.
 */
import { z } from 'zod';
import { KPI_IDS, type KpiId } from '../kpis/kpiIds';
import { ICB_CODE } from '../facts';
import { LOCALITIES, type Locality } from './datasets';

/** What kind of change it was; "programme_phase" is a change across the whole ICB. */
export const INTERVENTION_KINDS = [
	'programme_phase',
	'hub_opened',
	'spoke_started_larc',
	'pathway_change'
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** The area a change applies to: the whole ICB, one alliance locality or one PCN. */
export const INTERVENTION_SCOPES = ['icb', 'locality', 'pcn'] as const;
export type InterventionScope = (typeof INTERVENTION_SCOPES)[number];

/** The columns of the log, in order: what a file or table of interventions must hold. */
export const INTERVENTION_COLUMNS = [
	'intervention_id',
	'date',
	'label',
	'scope',
	'scope_code',
	'kpi_ids',
	'kind'
] as const;
type InterventionColumn = (typeof INTERVENTION_COLUMNS)[number];

/** KPI ids are written in one cell, separated by semicolons. */
export const KPI_ID_SEPARATOR = ';';

const kpiIdList = z
	.string()
	.transform((text) => text.split(KPI_ID_SEPARATOR).map((id) => id.trim()))
	.pipe(
		z
			.array(z.enum(KPI_IDS, { message: `each must be one of ${KPI_IDS.join(', ')}` }))
			.min(1, 'name at least one KPI')
	);

export const interventionRowSchema = z.object({
	intervention_id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens'),
	date: z.iso.date('write the date as YYYY-MM-DD'),
	label: z
		.string()
		.trim()
		.min(1, 'say what changed')
		.max(120, 'keep the label under 120 characters'),
	scope: z.enum(INTERVENTION_SCOPES, {
		message: `must be one of ${INTERVENTION_SCOPES.join(', ')}`
	}),
	scope_code: z.string().trim().min(1, 'name the area'),
	kpi_ids: kpiIdList,
	kind: z.enum(INTERVENTION_KINDS, { message: `must be one of ${INTERVENTION_KINDS.join(', ')}` })
});

export interface Intervention {
	id: string;
	/** ISO date of the change. */
	date: string;
	label: string;
	scope: InterventionScope;
	/** QH8 for the ICB, the locality's name, or the PCN's code. */
	scopeCode: string;
	kpiIds: KpiId[];
	kind: InterventionKind;
}

/** Why a scope code does not fit its scope, or null when it does. */
function scopeCodeProblem(scope: InterventionScope, code: string): string | null {
	if (scope === 'icb') return code === ICB_CODE ? null : `an ICB-wide change has code ${ICB_CODE}`;
	if (scope === 'locality')
		return (LOCALITIES as readonly string[]).includes(code)
			? null
			: `must be one of ${LOCALITIES.join(', ')}`;
	return /^U\d{5}$/.test(code) ? null : 'a PCN code is U and five digits, e.g. U28765';
}

export interface ParsedInterventions {
	interventions: Intervention[];
	/** One sentence per problem: "<file>, column <name>, row <n>: …" (rows counted from 1). */
	errors: string[];
}

/** Checks every row of a log (as read from `file`) and returns the good rows and each problem. */
export function parseInterventionRows(rows: readonly object[], file: string): ParsedInterventions {
	const errors: string[] = [];
	const interventions: Intervention[] = [];
	const seen = new Set<string>();
	const problem = (row: number, column: InterventionColumn, message: string) =>
		errors.push(`${file}, column ${column}, row ${row}: ${message}.`);
	rows.forEach((record, i) => {
		const row = i + 1;
		const raw = record as Record<string, unknown>;
		const parsed = interventionRowSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const column = String(issue.path[0] ?? 'intervention_id') as InterventionColumn;
				problem(row, column, `${JSON.stringify(raw[column] ?? null)} — ${issue.message}`);
			}
			return;
		}
		const r = parsed.data;
		const codeProblem = scopeCodeProblem(r.scope, r.scope_code);
		if (codeProblem) return problem(row, 'scope_code', `"${r.scope_code}" — ${codeProblem}`);
		if (seen.has(r.intervention_id))
			return problem(row, 'intervention_id', `"${r.intervention_id}" is used twice`);
		seen.add(r.intervention_id);
		interventions.push({
			id: r.intervention_id,
			date: r.date,
			label: r.label,
			scope: r.scope,
			scopeCode: r.scope_code,
			kpiIds: r.kpi_ids,
			kind: r.kind
		});
	});
	return { interventions, errors };
}

/** The area a chart shows: the whole ICB, a locality, or a PCN (with its locality). */
export interface InterventionArea {
	locality?: Locality;
	pcnCode?: string;
	/** The chosen PCN's locality, so a locality's change applies to its PCNs. */
	pcnLocality?: string;
}

/**
 * Does a change apply to the area shown? A change applies to the area it was made for and to
 * every area inside it: an ICB-wide change everywhere, a locality's to the locality and its PCNs,
 * a PCN's to that PCN alone (not to its locality or the ICB, where it is one part of many).
 */
export function interventionAppliesTo(i: Intervention, area: InterventionArea): boolean {
	if (i.scope === 'icb') return true;
	if (i.scope === 'pcn') return area.pcnCode === i.scopeCode;
	return (area.pcnCode ? area.pcnLocality : area.locality) === i.scopeCode;
}

/** The changes that apply to the area and touch any of the KPIs, in date order. */
export function interventionsFor(
	log: readonly Intervention[],
	area: InterventionArea,
	kpiIds: readonly KpiId[]
): Intervention[] {
	return log
		.filter((i) => interventionAppliesTo(i, area) && i.kpiIds.some((id) => kpiIds.includes(id)))
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
