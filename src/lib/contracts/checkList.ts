/**
 * The contract's checks, each a SQL predicate true for a failing row, in the order the error
 * summary lists them: per column (required, type, allowed values, reference codes, dates, counts),
 * then the contract's rules, then the key. Every identifier and constant here comes from the
 * contract, never from the upload; the only value bound is today's date.
 *
 * A check reads one of two tables. `raw` checks read `upload_raw` (every cell as text) and are
 * worked out while the rows are typed, kept as a boolean flag column; `typed` checks read
 * `upload_typed` joined to the reference codes and to the duplicated keys (`CHECKED_ROWS`), so
 * that counting every check is one pass over the rows (valueChecks.ts).
 */
import type { SqlParam } from '$lib/data/database';
import { EARLIEST_DATE, type ContractColumn, type DataContract } from './types';

export const RAW_TABLE = 'upload_raw';
export const TYPED_TABLE = 'upload_typed';

export interface Check {
	column: string | null;
	check: string;
	message: string;
	on: 'raw' | 'typed';
	failing: string;
	/** What to show as the example value. */
	shown: string;
	params?: SqlParam[];
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Text of one raw cell, empty cells as NULL. */
const rawCell = (c: ContractColumn) => `NULLIF(trim(${ident(c.name)}), '')`;

/**
 * True for an empty raw cell. Trimming a million codes is costly, and a code that starts with a
 * printable ASCII character other than a space (compared bytewise, as DuckDB compares text)
 * cannot trim to nothing, so only the others are trimmed.
 */
function emptyCell(c: ContractColumn): string {
	if (c.type !== 'VARCHAR') return `${rawCell(c)} IS NULL`;
	const x = ident(c.name);
	return `CASE WHEN ${x} IS NULL OR ${x} = '' THEN true WHEN ${x} >= '!' AND ${x} < '~' THEN false
		ELSE trim(${x}) = '' END`;
}

const castCell = (c: ContractColumn) => `TRY_CAST(${rawCell(c)} AS ${c.type})`;

const STRICT_FORM = { INTEGER: '-?[0-9]{1,10}', DATE: '[0-9]{4}-[0-9]{2}-[0-9]{2}' };

/**
 * A predicate true for a present raw value that is not of the column's type. Whole numbers and
 * dates must also be written plainly (no "1.5", "+3" or "2023-1-5"). The regular expression is
 * costly, so it runs only for a value that does not already read back as written: a value that
 * casts and prints as itself (ten characters, for a date) is of the plain form.
 */
function notOfType(c: ContractColumn): string | null {
	const v = rawCell(c);
	if (c.type === 'DOUBLE')
		return `TRY_CAST(${v} AS DOUBLE) IS NULL OR NOT isfinite(TRY_CAST(${v} AS DOUBLE))`;
	if (c.type === 'VARCHAR') return null;
	const readsBack = `${castCell(c)}::VARCHAR = ${v}${c.type === 'DATE' ? ` AND length(${v}) = 10` : ''}`;
	return `CASE WHEN ${castCell(c)} IS NULL THEN true WHEN ${readsBack} THEN false
		ELSE NOT regexp_full_match(${v}, '${STRICT_FORM[c.type]}') END`;
}

const TYPE_WORDS = { INTEGER: 'a whole number', DOUBLE: 'a number', DATE: 'a date (YYYY-MM-DD)' };

/** The typed value of a column: codes keep their text exactly, numbers and dates are trimmed. */
export function typedCell(c: ContractColumn): string {
	if (c.type === 'VARCHAR') return `NULLIF(${ident(c.name)}, '') AS ${ident(c.name)}`;
	return `${castCell(c)} AS ${ident(c.name)}`;
}

const referenceAlias = (c: ContractColumn) => ident(`__reference_${c.name}`);
const DUPLICATE = '__duplicate';

function columnChecks(c: ContractColumn): Check[] {
	const name = ident(c.name);
	const checks: Check[] = [];
	const on = (
		check: string,
		message: string,
		table: Check['on'],
		failing: string,
		params?: SqlParam[]
	) => checks.push({ column: c.name, check, message, on: table, failing, shown: name, params });
	const typeFailing = notOfType(c);
	if (c.required) on('required', `Enter a value in ${c.name}`, 'raw', emptyCell(c));
	if (typeFailing)
		on(
			'type',
			`${c.name} must be ${TYPE_WORDS[c.type as keyof typeof TYPE_WORDS]}`,
			'raw',
			`${rawCell(c)} IS NOT NULL AND (${typeFailing})`
		);
	if (c.values)
		on(
			'allowed-values',
			`${c.name} must be one of ${c.values.join(', ')}`,
			'typed',
			`${name} NOT IN (${c.values.map(quote).join(', ')})`
		);
	if (c.reference)
		on(
			'unknown-code',
			`${c.name} is not a known ${c.reference.label}`,
			'typed',
			`${TYPED_TABLE}.${name} IS NOT NULL AND ${referenceAlias(c)}.__code IS NULL`
		);
	if (c.type === 'DATE') {
		on(
			'date-before-2000',
			`${c.name} is before ${EARLIEST_DATE}`,
			'typed',
			`${name} < DATE '${EARLIEST_DATE}'`
		);
		on('future-date', `${c.name} is in the future`, 'typed', `${name} > ?::DATE`, ['today']);
	}
	if (c.count)
		on('negative-count', `${c.name} is a count and cannot be negative`, 'typed', `${name} < 0`);
	return checks;
}

export function contractChecks(contract: DataContract): Check[] {
	const rules: Check[] = contract.rules.map((rule) => ({
		column: rule.column,
		check: rule.id,
		message: rule.message,
		on: 'typed',
		failing: rule.failing.replaceAll('{table}', TYPED_TABLE),
		shown: ident(rule.column)
	}));
	const key = contract.key.map(ident).join(', ');
	const duplicateKey: Check = {
		column: contract.key.join(', '),
		check: 'duplicate-key',
		message: `Two or more rows have the same ${contract.key.join(', ')}`,
		on: 'typed',
		failing: `${DUPLICATE}.__duplicated IS NOT NULL`,
		shown: contract.key.length === 1 ? key : `concat_ws(', ', ${key})`
	};
	return [...contract.columns.flatMap(columnChecks), ...rules, duplicateKey];
}

export const DUPLICATES_TABLE = 'upload_duplicates';

/**
 * The keys two or more rows share, each once: a grouped count, not a window function (DuckDB
 * 1.5's parallel window operator failed an internal assertion in CI).
 */
export function duplicatesTableSql(contract: DataContract): string {
	const keys = contract.key.map((k, i) => `${ident(k)} AS __key${i}`).join(', ');
	return `CREATE OR REPLACE TABLE ${DUPLICATES_TABLE} AS
		SELECT ${keys}, true AS __duplicated FROM ${TYPED_TABLE} GROUP BY ALL HAVING count(*) > 1`;
}

/**
 * `upload_typed` with each reference code looked up (a left join to the distinct codes, so a row
 * is never repeated) and each row whose key another row shares marked.
 */
export function checkedRowsSql(contract: DataContract): string {
	const references = contract.columns.flatMap((c) => {
		if (!c.reference) return [];
		const { table, column } = c.reference;
		const codes = `SELECT DISTINCT ${ident(column)} AS __code FROM ${ident(table)} WHERE ${ident(column)} IS NOT NULL`;
		return [
			`LEFT JOIN (${codes}) ${referenceAlias(c)} ON ${TYPED_TABLE}.${ident(c.name)} = ${referenceAlias(c)}.__code`
		];
	});
	const sameKey = contract.key
		.map((k, i) => `${TYPED_TABLE}.${ident(k)} IS NOT DISTINCT FROM ${DUPLICATE}.__key${i}`)
		.join(' AND ');
	return [
		TYPED_TABLE,
		...references,
		`LEFT JOIN ${DUPLICATES_TABLE} ${DUPLICATE} ON ${sameKey}`
	].join('\n');
}
