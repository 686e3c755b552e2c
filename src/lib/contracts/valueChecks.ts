/**
 * The contract's checks as SQL, one query per check, run through `AnalyticsDatabase` so the same
 * checks run on native DuckDB (the server) and DuckDB-WASM (the browser). They read
 * `upload_raw`: the file's columns as text plus `__row`, its row number (the header is row 1).
 * Every identifier and constant in this SQL comes from the contract, never from the upload; the
 * only values bound are dates.
 */
import type { AnalyticsDatabase, SqlParam } from '$lib/data/database';
import { EXAMPLES_SHOWN, type UploadProblem } from './problems';
import { EARLIEST_DATE, type ContractColumn, type DataContract } from './types';

export const RAW_TABLE = 'upload_raw';
export const TYPED_TABLE = 'upload_typed';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Text of one raw cell, empty cells as NULL. */
const rawCell = (c: ContractColumn) => `NULLIF(trim(${ident(c.name)}), '')`;

/** A predicate true for a raw value that is not of the column's type. */
function notOfType(c: ContractColumn): string | null {
	const v = rawCell(c);
	if (c.type === 'INTEGER')
		return `NOT regexp_full_match(${v}, '-?[0-9]{1,10}') OR TRY_CAST(${v} AS INTEGER) IS NULL`;
	if (c.type === 'DATE')
		return `NOT regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') OR TRY_CAST(${v} AS DATE) IS NULL`;
	if (c.type === 'DOUBLE')
		return `TRY_CAST(${v} AS DOUBLE) IS NULL OR NOT isfinite(TRY_CAST(${v} AS DOUBLE))`;
	return null;
}

const TYPE_WORDS = { INTEGER: 'a whole number', DOUBLE: 'a number', DATE: 'a date (YYYY-MM-DD)' };

/** The typed value of a column: codes keep their text exactly, numbers and dates are trimmed. */
function typedCell(c: ContractColumn): string {
	if (c.type === 'VARCHAR') return `NULLIF(${ident(c.name)}, '') AS ${ident(c.name)}`;
	return `TRY_CAST(${rawCell(c)} AS ${c.type}) AS ${ident(c.name)}`;
}

export function typedTableSql(contract: DataContract): string {
	const cells = contract.columns.map(typedCell).join(', ');
	return `CREATE OR REPLACE TABLE ${TYPED_TABLE} AS SELECT __row, ${cells} FROM ${RAW_TABLE}`;
}

interface Check {
	column: string | null;
	check: string;
	message: string;
	table: string;
	failing: string;
	/** What to show as the example value. */
	shown: string;
	params?: SqlParam[];
}

function columnChecks(c: ContractColumn): Check[] {
	const name = ident(c.name);
	const checks: Check[] = [];
	const on = (
		check: string,
		message: string,
		table: string,
		failing: string,
		params?: SqlParam[]
	) => checks.push({ column: c.name, check, message, table, failing, shown: name, params });
	const typeFailing = notOfType(c);
	if (c.required) on('required', `Enter a value in ${c.name}`, RAW_TABLE, `${rawCell(c)} IS NULL`);
	if (typeFailing && c.type !== 'VARCHAR')
		on(
			'type',
			`${c.name} must be ${TYPE_WORDS[c.type]}`,
			RAW_TABLE,
			`${rawCell(c)} IS NOT NULL AND (${typeFailing})`
		);
	if (c.values)
		on(
			'allowed-values',
			`${c.name} must be one of ${c.values.join(', ')}`,
			TYPED_TABLE,
			`${name} NOT IN (${c.values.map(quote).join(', ')})`
		);
	if (c.reference) {
		const r = c.reference;
		on(
			'unknown-code',
			`${c.name} is not a known ${r.label}`,
			TYPED_TABLE,
			`${name} NOT IN (SELECT ${ident(r.column)} FROM ${ident(r.table)} WHERE ${ident(r.column)} IS NOT NULL)`
		);
	}
	if (c.type === 'DATE') {
		on(
			'date-before-2000',
			`${c.name} is before ${EARLIEST_DATE}`,
			TYPED_TABLE,
			`${name} < DATE '${EARLIEST_DATE}'`
		);
		on('future-date', `${c.name} is in the future`, TYPED_TABLE, `${name} > ?::DATE`, ['today']);
	}
	if (c.count)
		on('negative-count', `${c.name} is a count and cannot be negative`, TYPED_TABLE, `${name} < 0`);
	return checks;
}

function contractChecks(contract: DataContract): Check[] {
	const rules: Check[] = contract.rules.map((rule) => ({
		column: rule.column,
		check: rule.id,
		message: rule.message,
		table: TYPED_TABLE,
		failing: rule.failing.replaceAll('{table}', TYPED_TABLE),
		shown: ident(rule.column)
	}));
	const key = contract.key.map(ident).join(', ');
	// A join on the duplicated keys rather than a window count: DuckDB 1.5's parallel window
	// operator can fail an internal assertion on some inputs, and this is a plain aggregate.
	const sameKey = contract.key
		.map(ident)
		.map((k) => `t.${k} IS NOT DISTINCT FROM d.${k}`)
		.join(' AND ');
	const duplicateKey: Check = {
		column: contract.key.join(', '),
		check: 'duplicate-key',
		message: `Two or more rows have the same ${contract.key.join(', ')}`,
		table: `(SELECT t.* FROM ${TYPED_TABLE} t JOIN (SELECT ${key} FROM ${TYPED_TABLE} GROUP BY ALL HAVING count(*) > 1) d ON ${sameKey})`,
		failing: 'true',
		shown: contract.key.length === 1 ? key : `concat_ws(', ', ${key})`
	};
	return [...contract.columns.flatMap(columnChecks), ...rules, duplicateKey];
}

async function runCheck(
	db: AnalyticsDatabase,
	check: Check,
	today: string
): Promise<UploadProblem | null> {
	const sql = `WITH failing AS (
			SELECT __row, (${check.shown})::VARCHAR AS value FROM ${check.table} WHERE ${check.failing}
		)
		SELECT (SELECT count(*) FROM failing)::INTEGER AS n, __row::INTEGER AS row, value
		FROM failing ORDER BY __row LIMIT ${EXAMPLES_SHOWN}`;
	const rows = await db.rows(
		sql,
		(check.params ?? []).map((p) => (p === 'today' ? today : p))
	);
	if (!rows.length) return null;
	return {
		column: check.column,
		check: check.check,
		message: check.message,
		count: Number(rows[0].n),
		examples: rows.map((r) => ({ row: r.row as number, value: r.value as string | null }))
	};
}

/**
 * Checks every value of `upload_raw` (whose columns match the contract: run `columnProblems`
 * first) and leaves the typed rows in `upload_typed`. `today` is an ISO date: nothing may be
 * dated after it. The reference tables (practices, pcns, geography_lsoa) must be loaded.
 */
export async function valueProblems(
	db: AnalyticsDatabase,
	contract: DataContract,
	today: string
): Promise<UploadProblem[]> {
	await db.rows(typedTableSql(contract));
	const problems: UploadProblem[] = [];
	for (const check of contractChecks(contract)) {
		const problem = await runCheck(db, check, today);
		if (problem) problems.push(problem);
	}
	return problems;
}
