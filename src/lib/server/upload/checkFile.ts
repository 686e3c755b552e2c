/**
 * The server's check of an uploaded file: what it is (fileFormat.ts), then the contract's checks
 * on native DuckDB, in a scratch database of its own so that nothing an upload does can reach the
 * data the dashboard is showing. The checks are the engine-neutral ones in $lib/contracts.
 */
import { writeFile } from 'node:fs/promises';
import { csvHeader, DEFAULT_UPLOAD_LIMIT_BYTES, uploadFormat } from '$lib/contracts/fileFormat';
import { csvSource, loadRawUpload } from '$lib/contracts/loadUpload';
import { fileProblem, type UploadProblem } from '$lib/contracts/problems';
import type { DataContract } from '$lib/contracts/types';
import { TYPED_TABLE, valueProblems } from '$lib/contracts/valueChecks';
import { workbookTable } from '$lib/contracts/xlsxTable';
import { openNativeDatabase, type NativeDatabase } from '../duckdbNative';

/** A path the server made itself, as a SQL string literal. */
export const sqlPath = (file: string) => `'${file.replaceAll("'", "''")}'`;

/** The reference tables the contracts check codes against. */
export const REFERENCE_TABLES = [
	'practices',
	'pcns',
	'geography_lsoa',
	'service_catalogue',
	'sites',
	'site_lsoa_minutes'
] as const;
type ReferenceTable = (typeof REFERENCE_TABLES)[number];

export interface CheckInput {
	contract: DataContract;
	fileName: string;
	bytes: Uint8Array;
	/** Where the bytes are on disk (DuckDB reads the file itself). */
	file: string;
	/**
	 * Parquet file of each reference table (the current versions); a contract's check needs those
	 * it names (practices, PCNs and LSOAs for activity; the catalogue, sites and travel times for
	 * services and sites).
	 */
	referenceFiles: Partial<Record<ReferenceTable, string>>;
	today: string;
	/** The upload size limit (by default 200 MB): a workbook may unpack to a few times this. */
	limitBytes?: number;
}

export interface CheckedFile {
	db: NativeDatabase;
	problems: UploadProblem[];
}

/** Where a workbook's sheet is written as CSV: beside the upload, removed with it. */
export const sheetCsvPath = (uploadFile: string) => `${uploadFile}.csv`;

/** A workbook's sheet becomes a CSV file beside the upload, read as any CSV upload is. */
async function loadWorkbook(db: NativeDatabase, input: CheckInput): Promise<UploadProblem[]> {
	const table = await workbookTable(input.bytes, {
		dataset: input.contract.dataset,
		limitBytes: input.limitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES
	});
	if ('problem' in table) return [table.problem];
	const csvFile = sheetCsvPath(input.file);
	await writeFile(csvFile, table.csv);
	return loadRaw(db, { ...input, file: csvFile, bytes: table.csv }, 'csv');
}

async function loadRaw(
	db: NativeDatabase,
	input: CheckInput,
	format: 'csv' | 'parquet' | 'xlsx'
): Promise<UploadProblem[]> {
	const { contract, file, fileName } = input;
	if (format === 'xlsx') return loadWorkbook(db, input);
	const names = { format, internalName: file, fileName };
	if (format === 'csv') {
		const source = { header: csvHeader(input.bytes), from: csvSource(file), castToText: false };
		return loadRawUpload(db, contract, source, names);
	}
	const from = `read_parquet(${sqlPath(file)})`;
	let header: string[];
	try {
		header = (await db.rows(`DESCRIBE SELECT * FROM ${from}`)).map((r) => String(r.column_name));
	} catch (error) {
		const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
		return [
			fileProblem(
				'unreadable',
				`The file is not a readable Parquet file: ${reason.replaceAll(file, fileName).slice(0, 300)}`
			)
		];
	}
	return loadRawUpload(db, contract, { header, from, castToText: true }, names);
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
		const file = input.referenceFiles[table];
		if (file)
			await db.rows(`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${sqlPath(file)})`);
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
