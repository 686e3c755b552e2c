/**
 * `npm run bench`: measures the data build, a 1,000,000-row LARC extract through DuckDB-WASM in
 * Node, and the built dashboard in headless Chromium, then writes data/bench/results.json.
 * What is measured and how: data/bench/README.md. Each step lives in scripts/bench/.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrowser } from './bench/browserTimings';
import { generateLarcExtract, measureDataBuild } from './bench/dataBuild';
import { measureLargeExtract } from './bench/largeExtractQueries';
import { describeMachine } from './bench/machine';
import { single } from './bench/measurement';
import { parseBenchOptions } from './bench/options';
import { writeResultsAtomically } from './bench/results';
import { formatBenchSummary } from './bench/summary';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = 'data/bench/results.json';

const DATA_BUILD_RUNS = 3;
const LARGE_LARC_ROWS = 1_000_000;
/** After the first load of the large extract, how many times to drop and reload it. */
const RELOADS = 4;
const QUERY_RUNS = 5;
const PAGE_RUNS = 5;

/** Runs one step, saying so on stderr, and names the step in any error it throws. */
async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
	process.stderr.write(`bench: ${label}…\n`);
	try {
		return await work();
	} catch (error) {
		throw new Error(`${label} failed: ${error instanceof Error ? error.message : String(error)}`, {
			cause: error
		});
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	const options = parseBenchOptions(process.argv.slice(2));
	// The e2e helpers start build/index.js relative to the working directory.
	process.chdir(REPO_ROOT);
	const machine = describeMachine();
	const scratch = await mkdtemp(path.join(os.tmpdir(), 'whh-bench-'));
	try {
		const dataBuild = await step(`data build ×${DATA_BUILD_RUNS}`, () =>
			measureDataBuild(REPO_ROOT, scratch, DATA_BUILD_RUNS)
		);
		const extract = await step(`data build --rows ${LARGE_LARC_ROWS}`, () =>
			generateLarcExtract(REPO_ROOT, scratch, LARGE_LARC_ROWS)
		);
		const wasm = await step('DuckDB-WASM load and queries on the large extract', () =>
			measureLargeExtract(extract.outDir, RELOADS, QUERY_RUNS, 'Mid Essex')
		);
		await rm(extract.outDir, { recursive: true, force: true });
		const browser = await step('browser timings', () =>
			measureBrowser(REPO_ROOT, PAGE_RUNS, options.build)
		);
		const { outDir: _outDir, manifest: _manifest, ...largeExtract } = extract;
		const results = {
			machine,
			benchmarkWallTime: single(performance.now() - started, 'ms'),
			dataBuild,
			largeLarcExtract: { ...largeExtract, duckdbWasmNode: wasm },
			browser
		};
		await writeResultsAtomically(path.join(REPO_ROOT, RESULTS_FILE), results);
		process.stdout.write(formatBenchSummary(results, RESULTS_FILE));
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	process.stderr.write(
		`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n` +
			'data/bench/results.json was not changed.\n'
	);
	process.exit(1);
});
