/**
 * The server's check of an uploaded file: what it is (fileFormat.ts), then the contract's checks
 * on native DuckDB, in a scratch database of its own so that nothing an upload does can reach the
 * data the dashboard is showing. The checks are the engine-neutral ones in $lib/contracts.
 */
import { columnProblems } from '$lib/contracts/columnProblems';
import { fileProblem, type UploadProblem } from '$lib/contracts/problems';
import type { DataContract } from '$lib/contracts/types';
import { RAW_TABLE, TYPED_TABLE, valueProblems } from '$lib/contracts/valueChecks';
import { openNativeDatabase, type NativeDatabase } from '../duckdbNative';
import { csvHeader, uploadFormat } from './fileFormat';

/** A path the server made itself, as a SQL string literal. */
export const sqlPath = (file: string) => `'${file.replaceAll("'", "''")}'`;

/** The reference tables every contract checks codes against. */
export const REFERENCE_TABLES = ['practices', 'pcns', 'geography_lsoa'] as const;

export interface CheckInput {
	contract: DataContract;
	fileName: string;
	bytes: Uint8Array;
	/** Where the bytes are on disk (DuckDB reads the file itself). */
	file: string;
	/** Parquet file of each reference table (the current versions). */
	referenceFiles: Record<(typeof REFERENCE_TABLES)[number], string>;
	today: string;
}

export interface CheckedFile {
	db: NativeDatabase;
	problems: UploadProblem[];
}

/** DuckDB's reason, without the server's temporary path. */
function readError(error: unknown, file: string, fileName: string): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0].replaceAll(file, fileName).slice(0, 300);
}

async function loadRaw(
	db: NativeDatabase,
	input: CheckInput,
	format: 'csv' | 'parquet'
): Promise<UploadProblem[]> {
	const { contract, file, fileName } = input;
	const rowNumber = '(row_number() OVER () + 1)::INTEGER AS __row';
	const columns = contract.columns.map((c) => `"${c.name}"`);
	try {
		if (format === 'csv') {
			const problems = columnProblems(contract, csvHeader(input.bytes));
			if (problems.length) return problems;
			await db.rows(
				`CREATE TABLE ${RAW_TABLE} AS SELECT ${rowNumber}, ${columns.join(', ')} FROM read_csv(${sqlPath(file)},
				header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
				strict_mode = true, null_padding = false, auto_detect = true)`
			);
		} else {
			const described = await db.rows(`DESCRIBE SELECT * FROM read_parquet(${sqlPath(file)})`);
			const problems = columnProblems(
				contract,
				described.map((r) => String(r.column_name))
			);
			if (problems.length) return problems;
			const asText = columns.map((c) => `${c}::VARCHAR AS ${c}`).join(', ');
			await db.rows(
				`CREATE TABLE ${RAW_TABLE} AS SELECT ${rowNumber}, ${asText} FROM read_parquet(${sqlPath(file)})`
			);
		}
	} catch (error) {
		const kind = format === 'csv' ? 'CSV' : 'Parquet';
		return [
			fileProblem(
				'unreadable',
				`The file is not a readable ${kind} file: ${readError(error, file, fileName)}`
			)
		];
	}
	const [{ n }] = await db.rows(`SELECT count(*)::INTEGER AS n FROM ${RAW_TABLE}`);
	return n === 0 ? [fileProblem('no-rows', 'The file has a header but no rows')] : [];
}

/**
 * Checks an upload. The caller closes `db`; when there are no problems it holds the typed rows
 * in `upload_typed` and the reference tables, ready for the preview.
 */
export async function checkFile(input: CheckInput): Promise<CheckedFile> {
	const db = await openNativeDatabase();
	const format = uploadFormat(input.fileName, input.bytes);
	if (typeof format !== 'string') return { db, problems: [format] };
	for (const table of REFERENCE_TABLES) {
		await db.rows(
			`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${sqlPath(input.referenceFiles[table])})`
		);
	}
	const problems = await loadRaw(db, input, format);
	if (problems.length) return { db, problems };
	return { db, problems: await valueProblems(db, input.contract, input.today) };
}

/** Writes the checked rows as Parquet (zstd), in key order, without the row numbers. */
export async function writeCheckedParquet(
	db: NativeDatabase,
	contract: DataContract,
	file: string
): Promise<void> {
	const columns = contract.columns.map((c) => `"${c.name}"`).join(', ');
	const order = contract.key.map((k) => `"${k}"`).join(', ');
	await db.rows(
		`COPY (SELECT ${columns} FROM ${TYPED_TABLE} ORDER BY ${order}) TO ${sqlPath(file)}
		(FORMAT parquet, COMPRESSION zstd)`
	);
}
