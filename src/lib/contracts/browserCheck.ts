/**
 * The /data page's check of a chosen file, before it is uploaded: refuse it if it is over the
 * limit (before reading it), read it with progress, then run the contract's check on the browser
 * engine and, when the file is clean and the engine holds the current data, preview its change.
 * The engine is passed in, so this runs in tests on DuckDB-WASM's Node build.
 */
import type { ArrowDatabase, ParquetDecoder } from '$lib/data/database';
import { readWithProgress, sizeProblem, type CheckProgress } from './checkProgress';
import { checkOnArrowEngine, type EngineCheckResult } from './engineCheck';
import type { DataContract } from './types';

export interface CheckEngine {
	db: ArrowDatabase;
	decode: ParquetDecoder;
}

export async function checkChosenFile(a: {
	file: File;
	contract: DataContract;
	limitBytes: number;
	today: string;
	engine: () => Promise<CheckEngine>;
	/** The engine holds every current dataset (as the page's does), so the change can be previewed. */
	preview: boolean;
	onProgress: (progress: CheckProgress) => void;
}): Promise<EngineCheckResult> {
	const tooLarge = sizeProblem(a.file.size, a.limitBytes);
	if (tooLarge) return { rows: 0, problems: [tooLarge] };
	const [bytes, engine] = await Promise.all([
		readWithProgress(a.file, (read, total) => a.onProgress({ stage: 'reading', read, total })),
		a.engine()
	]);
	a.onProgress({ stage: 'loading' });
	const result = await checkOnArrowEngine({
		...engine,
		contract: a.contract,
		fileName: a.file.name,
		bytes,
		today: a.today,
		limitBytes: a.limitBytes,
		onChecked: (checked) => a.onProgress({ stage: 'checking', ...checked }),
		currentTable: a.preview ? a.contract.dataset : undefined,
		onPreviewing: () => a.onProgress({ stage: 'previewing' })
	});
	a.onProgress({ stage: 'done', rows: result.rows });
	return result;
}
