/**
 * `npm run bench`: measures the data build, a 1,000,000-row LARC extract through DuckDB-WASM in
 * Node, the /larc page model on the server's native DuckDB against DuckDB-WASM, the built
 * dashboard in headless Chromium, the /access scenario planner and the checks of the large extract
 * uploaded (server and browser), then writes data/bench/results.json.
 * What is measured and how: data/bench/README.md. Each step lives in scripts/bench/.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAccessPlanner } from './bench/accessPlanner';
import { measureBrowser } from './bench/browserTimings';
import { generateLarcExtract, measureDataBuild } from './bench/dataBuild';
import { measureLargeExtract } from './bench/largeExtractQueries';
import { measureUploadChecks } from './bench/uploadChecks';
import { describeMachine } from './bench/machine';
import { single } from './bench/measurement';
import { parseBenchOptions, type BenchStep } from './bench/options';
import {
	writeResultsAtomically,
	type RatioToBaseline,
	type ServerModelComparison
} from './bench/results';
import type { PlainJsRun } from './bench/plainJsBaseline';
import { measureInChild, type ServerModelRun } from './bench/serverModel';
import { formatBenchSummary } from './bench/summary';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = 'data/bench/results.json';

const DATA_BUILD_RUNS = 3;
const LARGE_LARC_ROWS = 1_000_000;
/** After the first load of the large extract, how many times to drop and reload it. */
const RELOADS = 4;
const QUERY_RUNS = 5;
const PAGE_LOAD_RUNS = 3;
/** Enough filter changes for a p95 that is not simply the maximum of a handful. */
const FILTER_RUNS = 20;
/** The /access planner's pure functions in Node (recompute ×10 of this), and up to 5 page loads. */
const ACCESS_RUNS = 20;
/** Each check of the large extract takes seconds on the server and minutes in the browser. */
const UPLOAD_SERVER_RUNS = 3;
const UPLOAD_BROWSER_RUNS = 2;

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

const skipped = (name: BenchStep) =>
	({ status: 'skipped', reason: `left out with --skip ${name}` }) as const;

async function larcRows(dataDir: string): Promise<number> {
	const manifest = JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as {
		datasets: { name: string; rows: number }[];
	};
	return manifest.datasets.find((d) => d.name === 'larc_requests')?.rows ?? 0;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Each engine's medians as multiples of the plain-JavaScript waiting list's median. */
function overBaseline(run: ServerModelRun, baseline: PlainJsRun): RatioToBaseline {
	const base = baseline.waitingList.median;
	return {
		waitingList: ratio(run.waitingList.median, base),
		waitingListDefinition: ratio(run.waitingListDefinition.median, base),
		larcModel: ratio(run.larcModel.median, base)
	};
}

/**
 * Native DuckDB, DuckDB-WASM and the plain-JavaScript baseline, one process each, one after the
 * other on the same folder of Parquet.
 */
async function compareEngines(dataDir: string): Promise<ServerModelComparison> {
	const plainJs = await measureInChild(REPO_ROOT, 'plain-js', dataDir, QUERY_RUNS);
	const native = await measureInChild(REPO_ROOT, 'native', dataDir, QUERY_RUNS);
	const wasm = await measureInChild(REPO_ROOT, 'wasm', dataDir, QUERY_RUNS);
	return {
		larcRows: await larcRows(dataDir),
		native,
		duckdbWasmNode: wasm,
		plainJs,
		nativeOverWasm: {
			load: ratio(native.load.value, wasm.load.value),
			larcModel: ratio(native.larcModel.median, wasm.larcModel.median),
			waitingList: ratio(native.waitingList.median, wasm.waitingList.median),
			rssAfterLoad: ratio(native.rss.afterLoad.value, wasm.rss.afterLoad.value)
		},
		overPlainJs: {
			native: overBaseline(native, plainJs),
			duckdbWasmNode: overBaseline(wasm, plainJs)
		}
	};
}

async function main(): Promise<void> {
	const started = performance.now();
	const options = parseBenchOptions(process.argv.slice(2));
	const runs = (name: BenchStep) => !options.skip.includes(name);
	// The e2e helpers start build/index.js relative to the working directory.
	process.chdir(REPO_ROOT);
	const machine = describeMachine();
	const scratch = await mkdtemp(path.join(os.tmpdir(), 'whh-bench-'));
	try {
		const dataBuild = runs('data-build')
			? await step(`data build ×${DATA_BUILD_RUNS}`, () =>
					measureDataBuild(REPO_ROOT, scratch, DATA_BUILD_RUNS)
				)
			: skipped('data-build');
		// The default-size extract: the last data build's, or the one already built for the app.
		const defaultDir =
			'status' in dataBuild
				? path.join(REPO_ROOT, 'static/data')
				: path.join(scratch, `default-${DATA_BUILD_RUNS - 1}`);
		const needLarge = runs('wasm') || runs('server') || runs('upload');
		const extract = needLarge
			? await step(`data build --rows ${LARGE_LARC_ROWS}`, () =>
					generateLarcExtract(REPO_ROOT, scratch, LARGE_LARC_ROWS)
				)
			: undefined;
		const wasm =
			extract && runs('wasm')
				? await step('DuckDB-WASM load and queries on the large extract', () =>
						measureLargeExtract(extract.outDir, RELOADS, QUERY_RUNS, 'Mid Essex')
					)
				: skipped('wasm');
		const serverModel =
			extract && runs('server')
				? {
						status: 'measured' as const,
						defaultExtract: await step('/larc page model, native vs WASM, default extract', () =>
							compareEngines(defaultDir)
						),
						millionRowExtract: await step(
							`/larc page model, native vs WASM, --rows ${LARGE_LARC_ROWS}`,
							() => compareEngines(extract.outDir)
						)
					}
				: skipped('server');
		const uploadChecks =
			extract && runs('upload')
				? await step('upload checks of the large extract, server and browser', () =>
						measureUploadChecks({
							repoRoot: REPO_ROOT,
							extractDir: extract.outDir,
							larcRows: extract.larcRequests.rows,
							serverRuns: UPLOAD_SERVER_RUNS,
							browserRuns: UPLOAD_BROWSER_RUNS
						})
					)
				: skipped('upload');
		if (extract) await rm(extract.outDir, { recursive: true, force: true });
		const browser = runs('browser')
			? await step('browser timings', () =>
					measureBrowser(REPO_ROOT, PAGE_LOAD_RUNS, FILTER_RUNS, options.build)
				)
			: skipped('browser');
		const accessPlanner = runs('access')
			? await step('/access scenario planner', () => measureAccessPlanner(REPO_ROOT, ACCESS_RUNS))
			: skipped('access');
		const largeExtract = extract
			? (({ outDir: _outDir, manifest: _manifest, ...rest }) => rest)(extract)
			: undefined;
		const results = {
			machine,
			benchmarkWallTime: single(performance.now() - started, 'ms'),
			skippedSteps: options.skip,
			dataBuild,
			largeLarcExtract: largeExtract ? { ...largeExtract, duckdbWasmNode: wasm } : skipped('wasm'),
			serverModel,
			browser,
			accessPlanner,
			uploadChecks
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
