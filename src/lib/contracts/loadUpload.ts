/**
 * Puts an upload's rows into `upload_raw` (every contract column as text, plus `__row`) and runs
 * the contract's checks, on any engine. Only where the rows come from differs: the server names
 * a file on disk, the browser a buffer it registered with DuckDB-WASM (CSV) or a table it made
 * from parquet-wasm's Arrow (Parquet). DuckDB-WASM's read_parquet is not used: it wants an
 * extension from the internet.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { columnProblems } from './columnProblems';
import { fileProblem, type UploadProblem } from './problems';
import type { DataContract } from './types';
import { RAW_TABLE } from './valueChecks';

/** A name the code chose itself, as a SQL string literal. */
export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The one way a CSV upload is read: every cell as text, strict RFC 4180 quoting. */
export const csvSource = (file: string) =>
	`read_csv(${sqlString(file)}, header = true, all_varchar = true, delim = ',', quote = '"',
	escape = '"', strict_mode = true, null_padding = false, auto_detect = true)`;

export interface UploadSource {
	/** The column names the file has, in order. */
	header: readonly string[];
	/** A SQL FROM item holding the file's rows. */
	from: string;
	/** Whether the columns must be cast to text (Parquet keeps its own types). */
	castToText: boolean;
}

/** The engine's reason for refusing the file, first line only, without our own temporary name. */
function readError(error: unknown, internalName: string, fileName: string): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0].replaceAll(internalName, fileName).slice(0, 300);
}

/** Creates `upload_raw`; returns the problems that stop the check (columns, unreadable, empty). */
export async function loadRawUpload(
	db: AnalyticsDatabase,
	contract: DataContract,
	source: UploadSource,
	names: { format: 'csv' | 'parquet'; internalName: string; fileName: string }
): Promise<UploadProblem[]> {
	const problems = columnProblems(contract, source.header);
	if (problems.length) return problems;
	const rowNumber = '(row_number() OVER () + 1)::INTEGER AS __row';
	const columns = contract.columns
		.map((c) => `"${c.name}"`)
		.map((c) => (source.castToText ? `${c}::VARCHAR AS ${c}` : c));
	try {
		await db.rows(
			`CREATE OR REPLACE TABLE ${RAW_TABLE} AS SELECT ${rowNumber}, ${columns.join(', ')} FROM ${source.from}`
		);
	} catch (error) {
		const kind = names.format === 'csv' ? 'CSV' : 'Parquet';
		const reason = readError(error, names.internalName, names.fileName);
		return [fileProblem('unreadable', `The file is not a readable ${kind} file: ${reason}`)];
	}
	const [{ n }] = await db.rows(`SELECT count(*)::INTEGER AS n FROM ${RAW_TABLE}`);
	return n === 0 ? [fileProblem('no-rows', 'The file has a header but no rows')] : [];
}
