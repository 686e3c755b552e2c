/**
 * Runs the contract's checks (checkList.ts) through `AnalyticsDatabase`, so the same checks run
 * on native DuckDB (the server) and DuckDB-WASM (the browser). They read `upload_raw`: the file's
 * columns as text plus `__row`, its row number (the header is row 1).
 *
 * A million-row extract is read a few times, not once per check: one pass types the rows and
 * flags the checks on raw text, one pass counts every check's failing rows, and only a check that
 * fails is read again, for its first examples.
 */
import type { AnalyticsDatabase, SqlParam } from '$lib/data/database';
import {
	checkedRowsSql,
	contractChecks,
	ident,
	RAW_TABLE,
	TYPED_TABLE,
	typedCell,
	type Check
} from './checkList';
import { EXAMPLES_SHOWN, type UploadProblem } from './problems';
import type { DataContract } from './types';

export { RAW_TABLE, TYPED_TABLE } from './checkList';

const FAILING_TABLE = 'upload_failing';

/** The flag column holding raw check `i`'s outcome for each row of `upload_typed`. */
const flag = (i: number) => ident(`__failing_${i}`);

/**
 * `upload_typed`: the typed columns, plus one flag column per raw check, from one pass over
 * `upload_raw`. Only the contract's columns are ever read from it (preview, stored Parquet).
 */
function typedTableSql(checks: readonly Check[], contract: DataContract): string {
	const cells = contract.columns.map(typedCell);
	const flags = checks.flatMap((c, i) => (c.on === 'raw' ? [`(${c.failing}) AS ${flag(i)}`] : []));
	return `CREATE OR REPLACE TABLE ${TYPED_TABLE} AS
		SELECT __row, ${[...cells, ...flags].join(', ')} FROM ${RAW_TABLE}`;
}

const failingSql = (check: Check, i: number) => (check.on === 'raw' ? flag(i) : check.failing);

const bound = (check: Check, today: string): SqlParam[] =>
	(check.params ?? []).map((p) => (p === 'today' ? today : p));

/**
 * `upload_failing`: the row number and every check's outcome for each row that fails any check,
 * from one pass over the checked rows. A clean extract leaves it empty.
 */
async function flagFailingRows(
	db: AnalyticsDatabase,
	contract: DataContract,
	checks: readonly Check[],
	today: string
): Promise<void> {
	const flags = checks.map((c, i) => `coalesce(${failingSql(c, i)}, false) AS ${flag(i)}`);
	const anyFlag = checks.map((_, i) => flag(i)).join(' OR ');
	await db.rows(
		`CREATE OR REPLACE TABLE ${FAILING_TABLE} AS SELECT * FROM (
			SELECT ${TYPED_TABLE}.__row, ${flags.join(', ')} FROM ${checkedRowsSql(contract)}
		) WHERE ${anyFlag}`,
		checks.flatMap((c) => bound(c, today))
	);
}

interface FailingCheck {
	/** The check's place in the contract's list (and its flag's number). */
	index: number;
	check: Check;
	count: number;
	/** The first few failing rows, in file order. */
	rows: number[];
}

const exampleKey = (f: FailingCheck, row: unknown) => `${f.index}|${String(row)}`;

/** How many rows fail each check, and the first few of them in file order. */
async function failingRows(
	db: AnalyticsDatabase,
	checks: readonly Check[]
): Promise<FailingCheck[]> {
	const counts = checks.map((_, i) => `count_if(${flag(i)})::INTEGER AS ${flag(i)}`);
	const [row] = await db.rows(`SELECT ${counts.join(', ')} FROM ${FAILING_TABLE}`);
	const failing: FailingCheck[] = [];
	for (const [i, check] of checks.entries()) {
		const count = Number(row[`__failing_${i}`]);
		if (count === 0) continue;
		const first = await db.rows(
			`SELECT __row::INTEGER AS row FROM ${FAILING_TABLE} WHERE ${flag(i)} ORDER BY __row LIMIT ${EXAMPLES_SHOWN}`
		);
		failing.push({ index: i, check, count, rows: first.map((r) => Number(r.row)) });
	}
	return failing;
}

/**
 * The value to show for each example row, read in one pass over each table: a raw check shows
 * the cell as written, any other check the typed value.
 */
async function shownValues(
	db: AnalyticsDatabase,
	failing: FailingCheck[],
	on: Check['on']
): Promise<Map<string, string | null>> {
	const wanted = failing.filter((f) => f.check.on === on);
	const rows = [...new Set(wanted.flatMap((f) => f.rows))];
	const values = new Map<string, string | null>();
	if (!rows.length) return values;
	const shown = wanted.map((f, i) => `(${f.check.shown})::VARCHAR AS __shown_${i}`);
	const found = await db.rows(
		`SELECT __row::INTEGER AS row, ${shown.join(', ')} FROM ${on === 'raw' ? RAW_TABLE : TYPED_TABLE}
		WHERE __row IN (${rows.map(() => '?').join(', ')})`,
		rows
	);
	for (const r of found)
		wanted.forEach((f, i) => values.set(exampleKey(f, r.row), r[`__shown_${i}`] as string | null));
	return values;
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
	const checks = contractChecks(contract);
	await db.rows(typedTableSql(checks, contract));
	await flagFailingRows(db, contract, checks, today);
	const failing = await failingRows(db, checks);
	const values = new Map([
		...(await shownValues(db, failing, 'raw')),
		...(await shownValues(db, failing, 'typed'))
	]);
	await db.rows(`DROP TABLE ${FAILING_TABLE}`);
	return failing.map((f) => ({
		column: f.check.column,
		check: f.check.check,
		message: f.check.message,
		count: f.count,
		examples: f.rows.map((row) => ({ row, value: values.get(exampleKey(f, row)) ?? null }))
	}));
}
