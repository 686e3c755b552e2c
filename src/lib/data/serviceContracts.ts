/**
 * The data contracts of the service catalogue, the service offers and the workforce: one zod
 * schema per row, and checks that every code names something known (a service in the catalogue,
 * a practice, a PCN). Bad input is rejected with a message naming the file, the row (numbered as
 * a spreadsheet numbers it: the header is row 1) and the column, so the person who made the file
 * can find it. The data build checks the catalogue CSV and the generated tables with these; an
 * uploaded replacement for the synthetic tables would pass the same checks.
 */
import { z } from 'zod';
import { AGE_BANDS } from './datasets';
import { SERVICE_LEVELS, SERVICE_PHASES, SERVICE_SCOPES, WORKFORCE_SKILLS } from './services';

/** A cell as read from a CSV: text, or null when empty. */
export type RawRecord = Record<string, string | null>;

const code = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower case letters, digits and _');
const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
	.refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), 'is not a real date');
const text = z.string().trim().min(1, 'must not be empty');
const wholeNumber = z
	.string()
	.regex(/^\d+$/, 'must be a whole number of 0 or more')
	.transform((digits) => Number(digits));
const optional = <T extends z.ZodType>(schema: T) => schema.nullable();

export const catalogueRowSchema = z.object({
	service_code: code,
	label: text,
	short_label: text,
	scope: z.enum(SERVICE_SCOPES),
	phase: z.enum(SERVICE_PHASES.map(String) as ['1', '2']).transform((p) => Number(p) as 1 | 2),
	parent_service_code: optional(code),
	age_band_from: z.enum(AGE_BANDS),
	age_band_to: z.enum(AGE_BANDS),
	source: text
});
export type CatalogueRow = z.output<typeof catalogueRowSchema>;

export const offerRowSchema = z.object({
	pcn_code: text,
	site_code: optional(text),
	service_code: code,
	level: z.enum(SERVICE_LEVELS),
	start_date: isoDay,
	provider: text,
	clinician_types: optional(text)
});
export type OfferRow = z.output<typeof offerRowSchema>;

export const workforceRowSchema = z.object({
	month: isoDay.refine((day) => day.endsWith('-01'), 'must be the first day of a month'),
	pcn_code: text,
	skill: z.enum(WORKFORCE_SKILLS),
	clinicians_current: wholeNumber,
	completions: wholeNumber,
	planned_completions: wholeNumber
});
export type WorkforceRow = z.output<typeof workforceRowSchema>;

export class DataContractError extends Error {}

/** "service_offers.csv row 5, column service_code: …" */
function problem(file: string, index: number, column: string, message: string): DataContractError {
	return new DataContractError(`${file} row ${index + 2}, column ${column}: ${message}`);
}

/** Parses every record with the schema; the first bad cell throws, naming file, row and column. */
export function parseRecords<S extends z.ZodObject>(
	file: string,
	records: readonly RawRecord[],
	schema: S
): z.output<S>[] {
	return records.map((record, index) => {
		const parsed = schema.safeParse(record);
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0];
		const column = String(issue.path[0] ?? '(row)');
		const value = record[column];
		const shown = value === undefined ? 'missing' : value === null ? 'empty' : `"${value}"`;
		throw problem(file, index, column, `${shown} ${issue.message}`);
	});
}

/** Every row's code in `column` must be one of `known` (what it is: "a service in the catalogue"). */
export function checkCodes<T>(
	file: string,
	rows: readonly T[],
	column: keyof T & string,
	known: ReadonlySet<string>,
	what: string
): void {
	rows.forEach((row, index) => {
		const value = row[column];
		if (value !== null && !known.has(String(value)))
			throw problem(file, index, column, `"${String(value)}" is not ${what}`);
	});
}

/** Two rows with the same key would make a PCN's offer ambiguous. */
export function checkUnique<T>(
	file: string,
	rows: readonly T[],
	columns: readonly (keyof T & string)[]
): void {
	const seen = new Map<string, number>();
	rows.forEach((row, index) => {
		const key = columns.map((c) => String(row[c])).join('\u0000');
		const first = seen.get(key);
		if (first !== undefined)
			throw problem(
				file,
				index,
				columns.join(', '),
				`repeats row ${first + 2} (one row per ${columns.join(' × ')})`
			);
		seen.set(key, index);
	});
}

export function parseCatalogue(file: string, records: readonly RawRecord[]): CatalogueRow[] {
	const rows = parseRecords(file, records, catalogueRowSchema);
	checkUnique(file, rows, ['service_code']);
	const codes = new Set(rows.map((r) => r.service_code));
	checkCodes(file, rows, 'parent_service_code', codes, 'a service in the catalogue');
	rows.forEach((row, index) => {
		if (AGE_BANDS.indexOf(row.age_band_from) > AGE_BANDS.indexOf(row.age_band_to))
			throw problem(file, index, 'age_band_to', `"${row.age_band_to}" is below age_band_from`);
	});
	return rows;
}

/** What offers and workforce rows are checked against. */
export interface KnownCodes {
	services: ReadonlySet<string>;
	pcns: ReadonlySet<string>;
	practices: ReadonlySet<string>;
}

export function parseOffers(
	file: string,
	records: readonly RawRecord[],
	known: KnownCodes
): OfferRow[] {
	const rows = parseRecords(file, records, offerRowSchema);
	checkCodes(file, rows, 'service_code', known.services, 'a service in the catalogue');
	checkCodes(file, rows, 'pcn_code', known.pcns, 'a PCN of the ICB');
	checkCodes(file, rows, 'site_code', known.practices, 'a practice of the ICB');
	checkUnique(file, rows, ['pcn_code', 'service_code', 'start_date']);
	return rows;
}

export function parseWorkforce(
	file: string,
	records: readonly RawRecord[],
	known: Pick<KnownCodes, 'pcns'>
): WorkforceRow[] {
	const rows = parseRecords(file, records, workforceRowSchema);
	checkCodes(file, rows, 'pcn_code', known.pcns, 'a PCN of the ICB');
	checkUnique(file, rows, ['month', 'pcn_code', 'skill']);
	return rows;
}
