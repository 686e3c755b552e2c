/**
 * DuckDB-WASM in the browser, started only after the page has painted (when the browser is idle),
 * never in the way of the first figures, which come from the server. Once it holds the current
 * data, filter changes run the same page model here instead of asking the server.
 *
 * The engine loads the data version the server names (`/data/current.json`); a page model runs here
 * only while that is still the server's version (see runPageModel.ts), so an upload is picked up
 * without a reload. `<html data-engine>` says where the engine is (starting, ready, failed,
 * off), for browser tests and the benchmark.
 */
import { base } from '$app/paths';
import type { ArrowDatabase, ParquetDecoder } from './database';
import type { PageContext } from './pageContext';
import { dataVersion } from './dataVersion';
import { loadDatasets, parseManifest } from './loadDatasets';

type EngineState = 'starting' | 'ready' | 'failed' | 'off';

let starting: Promise<PageContext> | undefined;
let ready: PageContext | null = null;
let warmUp: ((ctx: PageContext) => Promise<unknown>) | undefined;
let uploadEngine: { db: ArrowDatabase; decode: ParquetDecoder } | undefined;

/**
 * The page model of the page being shown, run once on the engine before it reports ready: the
 * first model DuckDB-WASM computes pays one-off costs (WebAssembly tier-up, first scans of each
 * table) that would otherwise fall on the user's first filter change.
 */
export function warmBrowserEngineWith(load: (ctx: PageContext) => Promise<unknown>): void {
	warmUp = load;
}

function report(state: EngineState): void {
	document.documentElement.dataset.engine = state;
}

async function fetchOk(path: string): Promise<Response> {
	const response = await fetch(`${base}${path}`);
	if (!response.ok) throw new Error(`Could not fetch ${path}: HTTP ${response.status}`);
	return response;
}

async function startEngine(): Promise<PageContext> {
	// Imported here, not at the top, so that no page pays for the engine before it is wanted.
	const { openBrowserDatabase, browserParquetDecoder } = await import('./duckdbBrowser');
	const [db, decode, manifest] = await Promise.all([
		openBrowserDatabase(),
		browserParquetDecoder(),
		fetchOk('/data/current.json').then(async (r) => parseManifest(await r.json()))
	]);
	const fetchBytes = async (file: string) =>
		new Uint8Array(await (await fetchOk(`/data/parquet/${file}`)).arrayBuffer());
	await loadDatasets(db, manifest, fetchBytes, decode);
	uploadEngine = { db, decode };
	const context = { db, manifest };
	await warmUp?.(context).catch(() => undefined);
	return context;
}

/** Starts the engine and loads every dataset (once); resolves when page models can run. */
export function startBrowserEngine(): Promise<PageContext> {
	if (!starting) {
		report('starting');
		starting = startEngine().then(
			(context) => {
				ready = context;
				report('ready');
				return context;
			},
			(error: unknown) => {
				// A failed start is forgotten: the server keeps answering, and a later page can retry.
				starting = undefined;
				report('failed');
				throw error;
			}
		);
	}
	return starting;
}

/**
 * The engine with the Arrow and Parquet entry points an upload check needs; its reference tables
 * (practices, PCNs, LSOAs) are the current versions the server checks against too.
 */
export async function startUploadCheckEngine(): Promise<{
	db: ArrowDatabase;
	decode: ParquetDecoder;
}> {
	await startBrowserEngine();
	return uploadEngine!;
}

/** The engine, if it is loaded and holds this version of the data; null otherwise. */
export function browserEngineIfReady(version: string | null): PageContext | null {
	return ready && version !== null && dataVersion(ready.manifest) === version ? ready : null;
}

/** Drops an engine whose data the server has replaced; it starts again with the new version. */
export function replaceOutdatedEngine(version: string): void {
	if (!ready || dataVersion(ready.manifest) === version) return;
	const outdated = ready;
	ready = null;
	starting = undefined;
	void outdated.db.close();
	startBrowserEngineWhenIdle();
}

/**
 * Starts the engine once the browser is idle after the first paint, unless the user has asked to
 * save data (the Save-Data hint): then every figure keeps coming from the server.
 */
export function startBrowserEngineWhenIdle(): void {
	const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
	if (connection?.saveData) {
		report('off');
		return;
	}
	const start = () => void startBrowserEngine().catch(() => undefined);
	if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 5000 });
	else setTimeout(start, 1000);
}
