/**
 * The data build as a user runs it (`npm run data`), spawned with `--out` pointing at a scratch
 * folder so static/data is never touched: its wall time and the Parquet sizes from its manifest.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseManifest } from '$lib/data/loadDatasets';
import type { DatasetName, Manifest } from '$lib/data/datasets';
import { repeated, single, type Repeated, type Single } from './measurement';
import { runCommand } from './runCommand';

export interface ExtractFile {
	name: DatasetName;
	file: string;
	rows: number;
	size: Single;
}

export interface DataBuildResult {
	command: string;
	wallTime: Repeated;
	files: ExtractFile[];
	totalSize: Single;
}

export interface MillionRowExtract {
	command: string;
	targetRows: number;
	generation: Single;
	larcRequests: { rows: number; size: Single };
	outDir: string;
	manifest: Manifest;
}

async function readManifest(outDir: string): Promise<Manifest> {
	return parseManifest(JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')));
}

function buildArgs(outDir: string, extra: readonly string[] = []): string[] {
	return ['tsx', 'scripts/build-data.ts', '--out', outDir, ...extra];
}

/** Default-size build, `runs` times into fresh folders (later runs have warm file caches). */
export async function measureDataBuild(
	repoRoot: string,
	scratch: string,
	runs: number
): Promise<DataBuildResult> {
	const samples: number[] = [];
	let outDir = '';
	for (let run = 0; run < runs; run++) {
		outDir = path.join(scratch, `default-${run}`);
		samples.push((await runCommand('npx', buildArgs(outDir), repoRoot)).ms);
	}
	const manifest = await readManifest(outDir);
	const files = manifest.datasets.map((d) => ({
		name: d.name,
		file: d.file,
		rows: d.rows,
		size: single(d.bytes, 'bytes')
	}));
	const total = manifest.datasets.reduce((sum, d) => sum + d.bytes, 0);
	return {
		command: `npx ${buildArgs('<tmpdir>').join(' ')}`,
		wallTime: repeated(samples, 'ms'),
		files,
		totalSize: single(total, 'bytes')
	};
}

/** One build with `--rows`, kept on disk for the DuckDB-WASM measurements that follow. */
export async function generateLarcExtract(
	repoRoot: string,
	scratch: string,
	targetRows: number
): Promise<MillionRowExtract> {
	const outDir = path.join(scratch, `larc-${targetRows}`);
	const extra = ['--rows', String(targetRows)];
	const { ms } = await runCommand('npx', buildArgs(outDir, extra), repoRoot);
	const manifest = await readManifest(outDir);
	const larc = manifest.datasets.find((d) => d.name === 'larc_requests');
	if (!larc) throw new Error(`${outDir}/manifest.json lists no larc_requests`);
	return {
		command: `npx ${buildArgs('<tmpdir>', extra).join(' ')}`,
		targetRows,
		generation: single(ms, 'ms'),
		larcRequests: { rows: larc.rows, size: single(larc.bytes, 'bytes') },
		outDir,
		manifest
	};
}
