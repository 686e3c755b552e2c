/**
 * Step `upload`: the 1,000,000-row LARC extract brought in as an analyst would. On the server
 * (native DuckDB, in this process): the file read into a table and nothing more (the floor every
 * check stands on), the contract's check (`checkFile`), and the whole check action (`checkUpload`:
 * check, preview against the current version, checked Parquet written into the store), for the
 * extract as Parquet and as CSV; then making it current (`confirmUpload`: the version row and the
 * pointer swap in one transaction). In the browser (DuckDB-WASM in headless Chromium, on the
 * built /data page, signed in as an analyst): from choosing the file to the page saying it is
 * clean and previewing its change, engine already started.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { contractFor, UPLOADABLE } from '$lib/contracts';
import { csvSource } from '$lib/contracts/loadUpload';
import { openStore, type Store } from '$lib/server/store';
import { checkFile, REFERENCE_TABLES, sqlPath } from '$lib/server/upload/checkFile';
import { checkUpload, confirmUpload } from '$lib/server/upload/uploads';
import type { Skipped } from './browserTimings';
import { repeated, single, timed, type Repeated, type Single } from './measurement';
import { measureBrowserCheck, type BrowserCheckTimings } from './uploadChecksBrowser';

const ANALYST = { id: 1, email: 'bench@example.nhs.uk', role: 'analyst' as const };
const TODAY = new Date().toISOString().slice(0, 10);

export interface ServerCheckTimings {
	file: string;
	size: Single;
	/** The file read into a native DuckDB table, no checks: the floor. */
	read: Repeated;
	/** `checkFile`: the file read and every check of the contract run. */
	check: Repeated;
	/** `checkUpload`: check, preview against the current version, checked Parquet stored. */
	checkAndPreview: Repeated;
	/** check ÷ read, medians: what the checks cost on top of reading the file. */
	checkOverRead: number;
}

export interface UploadChecksResult {
	status: 'measured';
	larcRows: number;
	server: { parquet: ServerCheckTimings; csv: ServerCheckTimings };
	/** `confirmUpload` of the checked extract: version row, pointer swap, audit, one transaction. */
	makeCurrent: Repeated;
	browser: BrowserCheckTimings | Skipped;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** The extract as CSV too, written by native DuckDB (what an analyst's "Save as CSV" gives). */
async function writeCsv(parquet: string, csv: string): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await connection.run(
			`COPY (SELECT * FROM read_parquet(${sqlPath(parquet)})) TO ${sqlPath(csv)} (HEADER)`
		);
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

async function timeRead(file: string): Promise<number> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		const from = file.endsWith('.csv') ? csvSource(file) : `read_parquet(${sqlPath(file)})`;
		return (await timed(() => connection.run(`CREATE TABLE upload AS SELECT * FROM ${from}`))).ms;
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

async function measureServerCheck(store: Store, file: string, runs: number) {
	const bytes = new Uint8Array(await readFile(file));
	const contract = contractFor('larc_requests')!;
	const { versions, dataDir } = store.current();
	const referenceFiles = Object.fromEntries(
		REFERENCE_TABLES.map((t) => [
			t,
			path.join(dataDir, `${versions.find((v) => v.dataset === t)!.sha256}.parquet`)
		])
	) as Record<(typeof REFERENCE_TABLES)[number], string>;
	const fileName = path.basename(file);
	const read: number[] = [];
	const check: number[] = [];
	const checkAndPreview: number[] = [];
	let sha256 = '';
	for (let run = 0; run < runs; run++) {
		read.push(await timeRead(file));
		const checked = await timed(() =>
			checkFile({ contract, fileName, bytes, file, referenceFiles, today: TODAY })
		);
		await checked.result.db.close();
		if (checked.result.problems.length)
			throw new Error(`${fileName}: the check found ${checked.result.problems[0].message}`);
		check.push(checked.ms);
		const outcome = await timed(() =>
			checkUpload({ store, contract, fileName, bytes, user: ANALYST, today: TODAY })
		);
		if (!outcome.result.ok) throw new Error(`${fileName}: checkUpload refused the extract`);
		sha256 = outcome.result.sha256;
		checkAndPreview.push(outcome.ms);
	}
	const timings: ServerCheckTimings = {
		file: fileName,
		size: single(bytes.length, 'bytes'),
		read: repeated(read, 'ms'),
		check: repeated(check, 'ms'),
		checkAndPreview: repeated(checkAndPreview, 'ms'),
		checkOverRead: 0
	};
	timings.checkOverRead = ratio(timings.check.median, timings.read.median);
	return { timings, sha256 };
}

async function measureMakeCurrent(store: Store, sha256: string, runs: number) {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		const base = store.current().versions.find((v) => v.dataset === 'larc_requests')!;
		const made = await timed(() =>
			confirmUpload({
				store,
				dataset: 'larc_requests',
				sha256,
				baseVersionId: base.id,
				note: `Benchmark run ${run + 1}`,
				user: ANALYST
			})
		);
		samples.push(made.ms);
	}
	return repeated(samples, 'ms');
}

export async function measureUploadChecks(a: {
	repoRoot: string;
	extractDir: string;
	larcRows: number;
	serverRuns: number;
	browserRuns: number;
}): Promise<UploadChecksResult> {
	const scratch = await mkdtemp(path.join(os.tmpdir(), 'whh-bench-upload-'));
	try {
		const parquet = path.join(a.extractDir, 'larc_requests.parquet');
		const csv = path.join(scratch, 'larc_requests.csv');
		await writeCsv(parquet, csv);
		// A store seeded from the app's own bundle: the extract is checked against its current data.
		const store = await openStore({
			dir: path.join(scratch, 'store'),
			bundleDir: path.join(a.repoRoot, 'static/data'),
			uploadable: UPLOADABLE
		});
		{
			const fromParquet = await measureServerCheck(store, parquet, a.serverRuns);
			const fromCsv = await measureServerCheck(store, csv, a.serverRuns);
			const makeCurrent = await measureMakeCurrent(store, fromParquet.sha256, a.serverRuns);
			const browser = existsSync(path.join(a.repoRoot, 'build', 'index.js'))
				? await measureBrowserCheck({
						files: [parquet, csv],
						rows: a.larcRows,
						runs: a.browserRuns
					})
				: ({
						status: 'skipped',
						reason: 'build/index.js not found: run `npm run build` first or pass --build'
					} as const);
			return {
				status: 'measured',
				larcRows: a.larcRows,
				server: { parquet: fromParquet.timings, csv: fromCsv.timings },
				makeCurrent,
				browser
			};
		}
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
}
