/** The shape of data/bench/results.json, and writing it so a reader never sees half a file. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserResult } from './browserTimings';
import type { DataBuildResult, MillionRowExtract } from './dataBuild';
import type { LargeExtractResult } from './largeExtractQueries';
import type { MachineInfo } from './machine';
import type { Single } from './measurement';

export interface BenchResults {
	machine: MachineInfo;
	/** Wall time of the whole benchmark run. */
	benchmarkWallTime: Single;
	dataBuild: DataBuildResult;
	largeLarcExtract: Omit<MillionRowExtract, 'outDir' | 'manifest'> & {
		duckdbWasmNode: LargeExtractResult;
	};
	browser: BrowserResult;
}

/** Writes to a temporary file in the same folder, then renames it over the old results. */
export async function writeResultsAtomically(file: string, results: BenchResults): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	await writeFile(temporary, `${JSON.stringify(results, null, '\t')}\n`, 'utf8');
	await rename(temporary, file);
}
