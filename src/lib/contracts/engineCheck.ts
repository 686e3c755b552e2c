/**
 * The contract's check on DuckDB-WASM (the browser, and Node in tests), before anything is
 * uploaded: the same file-type checks and the same SQL as the server (loadUpload.ts,
 * valueChecks.ts), and for a clean file the same preview of the change (preview.ts) against the
 * current version the engine holds. CSV is read by DuckDB-WASM's built-in CSV reader; Parquet is
 * decoded by parquet-wasm and inserted as Arrow; an Excel workbook is turned into CSV first, as on
 * the server (xlsxTable.ts, loaded only when a workbook is chosen). The server checks the file
 * again whatever this says.
 */
import type { ArrowDatabase, ParquetDecoder } from '$lib/data/database';
import { csvHeader, DEFAULT_UPLOAD_LIMIT_BYTES, uploadFormat } from './fileFormat';
import { csvSource, loadRawUpload, type UploadSource } from './loadUpload';
import { CURRENT_TABLE, previewChange, type ChangePreview } from './preview';
import { fileProblem, type UploadProblem } from './problems';
import type { DataContract } from './types';
import { RAW_TABLE, TYPED_TABLE, valueProblems, type ChecksDone } from './valueChecks';

const FILE_TABLE = 'upload_file';
const CSV_NAME = 'upload.csv';

export interface EngineCheckInput {
	db: ArrowDatabase;
	decode: ParquetDecoder;
	contract: DataContract;
	fileName: string;
	bytes: Uint8Array;
	/** ISO date: nothing may be dated after it. */
	today: string;
	/** Told how far the checks have gone, once the rows are loaded and after each block of rows. */
	onChecked?: (progress: ChecksDone) => void;
	/**
	 * The engine's table holding the dataset's current version: given, a clean file's change is
	 * previewed against it (after `onPreviewing` is called).
	 */
	currentTable?: string;
	onPreviewing?: () => void;
	/** The upload size limit (by default 200 MB): a workbook may unpack to a few times this. */
	limitBytes?: number;
}

export interface EngineCheckResult {
	problems: UploadProblem[];
	/** Rows read from the file (0 when it could not be read). */
	rows: number;
	/** What a clean file would change, when the engine holds the current version. */
	preview?: ChangePreview;
}

async function sourceOf(input: EngineCheckInput, format: 'csv' | 'parquet'): Promise<UploadSource> {
	if (format === 'csv') {
		const header = csvHeader(input.bytes);
		// The engine may take the buffer over, so it is registered only after the header is read.
		await input.db.registerFile(CSV_NAME, input.bytes);
		return { header, from: csvSource(CSV_NAME), castToText: false };
	}
	await input.db.insertArrowIpc(FILE_TABLE, input.decode(input.bytes));
	const described = await input.db.rows(`DESCRIBE ${FILE_TABLE}`);
	return {
		header: described.map((r) => String(r.column_name)),
		from: FILE_TABLE,
		castToText: true
	};
}

async function cleanUp(db: ArrowDatabase): Promise<void> {
	await db.rows(`DROP VIEW IF EXISTS ${CURRENT_TABLE}`);
	for (const table of [FILE_TABLE, RAW_TABLE, TYPED_TABLE])
		await db.rows(`DROP TABLE IF EXISTS ${table}`);
	await db.registerFile(CSV_NAME, null).catch(() => undefined);
}

/** Checks an upload against its contract. The engine must hold the reference tables. */
export async function checkOnArrowEngine(input: EngineCheckInput): Promise<EngineCheckResult> {
	const chosen = uploadFormat(input.fileName, input.bytes);
	if (typeof chosen !== 'string') return { rows: 0, problems: [chosen] };
	// A workbook's sheet is checked as the CSV it becomes.
	const format: 'csv' | 'parquet' = chosen === 'parquet' ? 'parquet' : 'csv';
	if (chosen === 'xlsx') {
		const { workbookTable } = await import('./xlsxTable');
		const table = await workbookTable(input.bytes, {
			dataset: input.contract.dataset,
			limitBytes: input.limitBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES
		});
		if ('problem' in table) return { rows: 0, problems: [table.problem] };
		input = { ...input, bytes: table.csv };
	}
	await cleanUp(input.db);
	try {
		let source: UploadSource;
		try {
			source = await sourceOf(input, format);
		} catch (error) {
			const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
			const problem = fileProblem(
				'unreadable',
				`The file is not a readable Parquet file: ${reason.slice(0, 300)}`
			);
			return { rows: 0, problems: [problem] };
		}
		const names = { format, internalName: CSV_NAME, fileName: input.fileName };
		const stopping = await loadRawUpload(input.db, input.contract, source, names);
		if (stopping.length) return { rows: 0, problems: stopping };
		let rows = 0;
		const problems = await valueProblems(input.db, input.contract, input.today, (progress) => {
			rows = progress.rows;
			input.onChecked?.(progress);
		});
		if (problems.length || !input.currentTable) return { rows, problems };
		input.onPreviewing?.();
		// The name is the contract's dataset, never the upload's.
		await input.db.rows(
			`CREATE VIEW ${CURRENT_TABLE} AS SELECT * FROM "${input.currentTable.replaceAll('"', '""')}"`
		);
		return { rows, problems, preview: await previewChange(input.db, input.contract, input.today) };
	} finally {
		await cleanUp(input.db);
	}
}
