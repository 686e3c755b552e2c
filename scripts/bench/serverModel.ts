/**
 * The /larc page model as the server computes it: native DuckDB (what the server runs) against
 * DuckDB-WASM's Node build (the baseline, the engine the pages used to wait for), each in its own
 * process so one engine's memory never counts against the other. Same Parquet, same page model
 * (`loadLarcModel`), same default state as a visit to /larc with no parameters.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageContext } from '$lib/data/pageContext';
import { reportingPeriod } from '$lib/data/period';
import { waitingListAtMonthEnd } from '$lib/queries/larcWaitingList';
import { openNativeDatabaseWithData } from '$lib/server/duckdbNative';
import { openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';
import { loadLarcModel } from '$lib/topics/larc/model';
import { parseLarcState } from '$lib/topics/larc/state';
import {
	single,
	timed,
	timeRuns,
	withFirstRun,
	type Single,
	type WithFirstRun
} from './measurement';
import { runCommand } from './runCommand';

export type Engine = 'native' | 'wasm';

export interface ServerModelRun {
	engine: Engine;
	/** Opening the engine and loading every dataset in the manifest. */
	load: Single;
	/** `waitingListAtMonthEnd` over the whole extract, all localities. */
	waitingList: WithFirstRun;
	/** One full `loadLarcModel` for the default /larc state (the server's cache bypassed). */
	larcModel: WithFirstRun;
	/** Resident set size of the process: before opening, after loading, after the models, peak. */
	rss: { beforeLoad: Single; afterLoad: Single; afterModels: Single; peak: Single };
}

const MB = 1024 * 1024;
const rss = () => single(process.memoryUsage().rss / MB, 'MB');

async function open(
	engine: Engine,
	dataDir: string
): Promise<PageContext & { close(): Promise<void> }> {
	const { db, manifest } =
		engine === 'native'
			? await openNativeDatabaseWithData(dataDir)
			: await openNodeDatabaseWithData(dataDir);
	return { db, manifest, close: () => db.close() };
}

/** Runs in the child process: loads, then each query once plus `runs` times. */
export async function measureServerModel(
	engine: Engine,
	dataDir: string,
	runs: number
): Promise<ServerModelRun> {
	const beforeLoad = rss();
	const loaded = await timed(() => open(engine, dataDir));
	const ctx = loaded.result;
	try {
		const afterLoad = rss();
		const period = reportingPeriod(ctx.manifest, 'larc_requests');
		const waiting = () => waitingListAtMonthEnd(ctx.db, { period });
		const firstWaiting = await timed(waiting);
		const waitingRuns = await timeRuns(runs, waiting);
		const { state } = parseLarcState(new URLSearchParams());
		const model = () => loadLarcModel(ctx, state);
		const firstModel = await timed(model);
		if (!firstModel.result.waitingList) throw new Error('loadLarcModel gave no waiting list');
		const modelRuns = await timeRuns(runs, model);
		return {
			engine,
			load: single(loaded.ms, 'ms'),
			waitingList: withFirstRun(firstWaiting.ms, waitingRuns, 'ms'),
			larcModel: withFirstRun(firstModel.ms, modelRuns, 'ms'),
			rss: {
				beforeLoad,
				afterLoad,
				afterModels: rss(),
				// maxRSS (KiB): the kernel's high-water mark, which catches the load's transient peak.
				peak: single(process.resourceUsage().maxRSS / 1024, 'MB')
			}
		};
	} finally {
		await ctx.close();
	}
}

const CHILD = fileURLToPath(new URL('./serverModelChild.ts', import.meta.url));

/** Measures `engine` on `dataDir` in a fresh Node process and returns what it printed. */
export async function measureServerModelInChild(
	repoRoot: string,
	engine: Engine,
	dataDir: string,
	runs: number
): Promise<ServerModelRun> {
	const args = ['tsx', path.relative(repoRoot, CHILD), engine, dataDir, String(runs)];
	const { stdout } = await runCommand('npx', args, repoRoot);
	return JSON.parse(stdout) as ServerModelRun;
}
