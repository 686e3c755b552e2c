/** The shape of data/bench/results.json, and writing it so a reader never sees half a file. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { AccessPlannerResult } from './accessPlanner';
import type { BrowserResult, Skipped } from './browserTimings';
import type { DataBuildResult, MillionRowExtract } from './dataBuild';
import type { LargeExtractResult } from './largeExtractQueries';
import type { MachineInfo } from './machine';
import type { Single } from './measurement';
import type { PlainJsRun } from './plainJsBaseline';
import type { BenchStep } from './options';
import type { ServerModelRun } from './serverModel';
import type { UploadChecksResult } from './uploadChecks';

/** An engine's medians divided by the plain-JavaScript waiting list's median, same run. */
export interface RatioToBaseline {
	waitingList: number;
	waitingListDefinition: number;
	larcModel: number;
}

/**
 * One extract through both engines and the plain-JavaScript baseline. `nativeOverWasm` below 1:
 * native DuckDB is faster or smaller; `overPlainJs` below 1: faster than the baseline.
 */
export interface ServerModelComparison {
	larcRows: number;
	native: ServerModelRun;
	duckdbWasmNode: ServerModelRun;
	plainJs: PlainJsRun;
	nativeOverWasm: { load: number; larcModel: number; waitingList: number; rssAfterLoad: number };
	overPlainJs: { native: RatioToBaseline; duckdbWasmNode: RatioToBaseline };
}

export interface BenchResults {
	machine: MachineInfo;
	/** Wall time of the whole benchmark run. */
	benchmarkWallTime: Single;
	skippedSteps: BenchStep[];
	dataBuild: DataBuildResult | Skipped;
	largeLarcExtract:
		| (Omit<MillionRowExtract, 'outDir' | 'manifest'> & {
				duckdbWasmNode: LargeExtractResult | Skipped;
		  })
		| Skipped;
	serverModel:
		| {
				status: 'measured';
				defaultExtract: ServerModelComparison;
				millionRowExtract: ServerModelComparison;
		  }
		| Skipped;
	browser: BrowserResult;
	accessPlanner: AccessPlannerResult | Skipped;
	/** The large extract checked on the server and in the browser, and made current. */
	uploadChecks: UploadChecksResult | Skipped;
}

/**
 * Formats with the repository's Prettier settings (the file is committed and `npm run lint`
 * checks it), writes a temporary file in the same folder, then renames it over the old results.
 */
export async function writeResultsAtomically(file: string, results: BenchResults): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	const options = await resolveConfig(file);
	const text = await format(JSON.stringify(results), { ...options, filepath: file });
	const temporary = `${file}.${process.pid}.tmp`;
	await writeFile(temporary, text, 'utf8');
	await rename(temporary, file);
}
