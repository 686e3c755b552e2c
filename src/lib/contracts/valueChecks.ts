/**
 * Runs the contract's checks (checkList.ts) through `AnalyticsDatabase`, so the same checks run
 * on native DuckDB (the server) and DuckDB-WASM (the browser). They read `upload_raw`: the file's
 * columns as text plus `__row`, its row number (the header is row 1).
 *
 * A million-row extract is read a few times, not once per check: one pass types the rows and
 * flags the checks on raw text, one pass flags every other check, and only a check that fails is
 * read again, for its first examples. Both passes go through the rows in blocks, so the page can
 * show how far the check has gone.
 */
import type { AnalyticsDatabase, SqlParam } from '$lib/data/database';
import {
	checkedRowsSql,
	contractChecks,
	DUPLICATES_TABLE,
	duplicatesTableSql,
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
 * Rows per block of a pass when progress is shown: twenty steps of the progress bar for a
 * million-row extract. Unwatched (on the server) a pass is one block: native DuckDB splits a
 * query across its threads by row group, and a block of one or two row groups would run on one.
 */
const BLOCK_ROWS = 100_000;

/**
 * How far a check has gone: `checks` run over `rows` rows in two passes, `done` of `total` row
 * visits so far (each row is visited once per pass).
 */
export interface ChecksDone {
	rows: number;
	checks: number;
	done: number;
	total: number;
}

/** The two passes, each over every row, in blocks of rows (`__row` runs from 2). */
async function passInBlocks(
	rows: number,
	blockRows: number,
	onBlock: (done: number) => void,
	block: (from: number, to: number) => Promise<unknown>
): Promise<void> {
	for (let from = 0; from < rows; from += blockRows) {
		await block(from + 2, Math.min(from + blockRows, rows) + 2);
		onBlock(Math.min(from + blockRows, rows));
	}
}

/**
 * `upload_typed`: the typed columns, plus one flag column per raw check, from one pass over
 * `upload_raw`. Only the contract's columns are ever read from it (preview, stored Parquet).
 */
function typedRowsSql(checks: readonly Check[], contract: DataContract): string {
	const cells = contract.columns.map(typedCell);
	const flags = checks.flatMap((c, i) => (c.on === 'raw' ? [`(${c.failing}) AS ${flag(i)}`] : []));
	return `SELECT __row, ${[...cells, ...flags].join(', ')} FROM ${RAW_TABLE}`;
}

const checkSql = (check: Check, i: number) => (check.on === 'raw' ? flag(i) : check.failing);

const bound = (check: Check, today: string): SqlParam[] =>
	(check.params ?? []).map((p) => (p === 'today' ? today : p));

/**
 * `upload_failing` holds the row number and every check's outcome for each row that fails any
 * check (a clean extract leaves it empty); this selects them from rows `from` to `to` (excluded).
 */
function failingRowsSql(contract: DataContract, checks: readonly Check[]): string {
	const flags = checks.map((c, i) => `coalesce(${checkSql(c, i)}, false) AS ${flag(i)}`);
	const anyFlag = checks.map((_, i) => flag(i)).join(' OR ');
	return `SELECT * FROM (
			SELECT ${TYPED_TABLE}.__row, ${flags.join(', ')} FROM ${checkedRowsSql(contract)}
			WHERE ${TYPED_TABLE}.__row >= ? AND ${TYPED_TABLE}.__row < ?
		) WHERE ${anyFlag}`;
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
	today: string,
	onChecked?: (progress: ChecksDone) => void
): Promise<UploadProblem[]> {
	const checks = contractChecks(contract);
	const [{ n }] = await db.rows(`SELECT count(*)::INTEGER AS n FROM ${RAW_TABLE}`);
	const rows = Number(n);
	const report = (done: number) =>
		onChecked?.({ rows, checks: checks.length, done, total: 2 * rows });
	report(0);
	const blockRows = onChecked ? BLOCK_ROWS : Math.max(rows, 1);
	const typed = typedRowsSql(checks, contract);
	await db.rows(`CREATE OR REPLACE TABLE ${TYPED_TABLE} AS ${typed} LIMIT 0`);
	await passInBlocks(rows, blockRows, report, (from, to) =>
		db.rows(`INSERT INTO ${TYPED_TABLE} ${typed} WHERE __row >= ? AND __row < ?`, [from, to])
	);
	await db.rows(duplicatesTableSql(contract));
	const failingSql = failingRowsSql(contract, checks);
	const params = checks.flatMap((c) => bound(c, today));
	await db.rows(`CREATE OR REPLACE TABLE ${FAILING_TABLE} AS ${failingSql}`, [...params, 0, 0]);
	await passInBlocks(
		rows,
		blockRows,
		(done) => report(rows + done),
		(from, to) => db.rows(`INSERT INTO ${FAILING_TABLE} ${failingSql}`, [...params, from, to])
	);
	const failing = await failingRows(db, checks);
	const values = new Map([
		...(await shownValues(db, failing, 'raw')),
		...(await shownValues(db, failing, 'typed'))
	]);
	for (const table of [FAILING_TABLE, DUPLICATES_TABLE]) await db.rows(`DROP TABLE ${table}`);
	return failing.map((f) => ({
		column: f.check.column,
		check: f.check.check,
		message: f.check.message,
		count: f.count,
		examples: f.rows.map((row) => ({ row, value: values.get(exampleKey(f, row)) ?? null }))
	}));
}
