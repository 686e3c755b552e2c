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
import { waitingListByDefinition } from '../../tests/support/larcWaitingListDefinition';
import {
	single,
	timed,
	timeRuns,
	withFirstRun,
	type Single,
	type WithFirstRun
} from './measurement';
import type { PlainJsRun } from './plainJsBaseline';
import { profileQueries } from './queryProfile';
import { runCommand } from './runCommand';

export type Engine = 'native' | 'wasm';

export interface ServerModelRun {
	engine: Engine;
	/** Opening the engine and loading every dataset in the manifest. */
	load: Single;
	/** `waitingListAtMonthEnd` over the whole extract, all localities. */
	waitingList: WithFirstRun;
	/**
	 * The same waiting list by its plain definition (every month end joined to every open
	 * request), as the dashboard counted it before the running total: the "before".
	 */
	waitingListDefinition: WithFirstRun;
	/** One full `loadLarcModel` for the default /larc state (the server's cache bypassed). */
	larcModel: WithFirstRun;
	/** CPU time of the process (user + system, every thread) per model, over the repeated runs. */
	larcModelCpu: Single;
	/** The model's queries one at a time, each once, in ms by query function (queryProfile.ts). */
	larcModelQueries: Record<string, number>;
	/**
	 * Resident set size of the process: before opening, after loading, after the models, and the
	 * peak up to then (the plain-definition waiting list runs after, and is not in these).
	 */
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
		const cpuBefore = process.cpuUsage();
		const modelRuns = await timeRuns(runs, model);
		const cpu = process.cpuUsage(cpuBefore);
		const profile = profileQueries(ctx.db);
		await loadLarcModel({ ...ctx, db: profile.db }, state);
		const afterModels = rss();
		const peakAfterModels = single(process.resourceUsage().maxRSS / 1024, 'MB');
		// Last, so that its memory never counts in the figures above.
		const definition = () => waitingListByDefinition(ctx.db, { period });
		const firstDefinition = await timed(definition);
		const definitionRuns = await timeRuns(runs, definition);
		return {
			engine,
			load: single(loaded.ms, 'ms'),
			waitingList: withFirstRun(firstWaiting.ms, waitingRuns, 'ms'),
			waitingListDefinition: withFirstRun(firstDefinition.ms, definitionRuns, 'ms'),
			larcModel: withFirstRun(firstModel.ms, modelRuns, 'ms'),
			larcModelCpu: single((cpu.user + cpu.system) / 1000 / runs, 'ms'),
			larcModelQueries: Object.fromEntries(
				[...profile.timings].map(([name, ms]) => [name, Math.round(ms * 10) / 10])
			),
			rss: {
				beforeLoad,
				afterLoad,
				afterModels,
				// maxRSS (KiB): the kernel's high-water mark, which catches the load's transient peak.
				peak: peakAfterModels
			}
		};
	} finally {
		await ctx.close();
	}
}

const CHILD = fileURLToPath(new URL('./serverModelChild.ts', import.meta.url));

/** What one child process measures: an engine's page model, or the plain-JavaScript baseline. */
export type ChildMode = Engine | 'plain-js';

/** Measures `mode` on `dataDir` in a fresh Node process and returns what it printed. */
export async function measureInChild<M extends ChildMode>(
	repoRoot: string,
	mode: M,
	dataDir: string,
	runs: number
): Promise<M extends 'plain-js' ? PlainJsRun : ServerModelRun> {
	const args = ['tsx', path.relative(repoRoot, CHILD), mode, dataDir, String(runs)];
	const { stdout } = await runCommand('npx', args, repoRoot);
	return JSON.parse(stdout) as M extends 'plain-js' ? PlainJsRun : ServerModelRun;
}
