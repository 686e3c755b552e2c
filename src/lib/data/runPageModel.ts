/**
 * One page model, two engines. A page's universal load calls this. In the browser, once
 * DuckDB-WASM holds the server's current data, the model runs there and a filter change needs no
 * server. Otherwise — on the server, and in the browser before the engine is ready, or if it fails
 * — the model comes from the page's model endpoint, which runs the same function on native DuckDB.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { parse } from 'devalue';
import {
	browserEngineIfReady,
	replaceOutdatedEngine,
	warmBrowserEngineWith
} from './browserEngine';
import { dataVersion } from './dataVersion';
import { parseManifest } from './loadDatasets';
import type { PageContext } from './pageContext';

/** What the model endpoint answers (in devalue, SvelteKit's serialisation). */
export interface ModelAnswer<M> {
	version: string;
	model: M;
}

export type Engine = 'browser' | 'server';

/** How often, at most, the browser asks whether the server's data has changed. */
const VERSION_CHECK_MS = 15_000;

/** The data version of the server's latest answer: the browser engine must hold the same. */
let serverVersion: string | null = null;
let lastVersionCheck = 0;

/**
 * Asks the server for its current data version, at most every 15 s and without holding up the
 * figures: after an upload or a rollback the engine is replaced, and meanwhile pages are answered
 * by the server.
 */
function checkVersionInBackground(): void {
	const now = Date.now();
	if (now - lastVersionCheck < VERSION_CHECK_MS) return;
	lastVersionCheck = now;
	void fetch(`${base}/data/current.json`)
		.then(async (response) => (response.ok ? parseManifest(await response.json()) : null))
		.then((manifest) => {
			if (!manifest) return;
			serverVersion = dataVersion(manifest);
			replaceOutdatedEngine(serverVersion);
		})
		.catch(() => undefined);
}

export async function runPageModel<M>(
	fetch: typeof globalThis.fetch,
	page: string,
	search: string,
	load: (ctx: PageContext) => Promise<M>
): Promise<{ model: M; engine: Engine }> {
	const local = browser ? browserEngineIfReady(serverVersion) : null;
	if (local) {
		checkVersionInBackground();
		try {
			return { model: await load(local), engine: 'browser' };
		} catch {
			// The server answers instead; it holds the same data and runs the same model.
		}
	}
	const endpoint = `${base}/models/${page}${search}`;
	const response = await fetch(endpoint);
	if (!response.ok) throw new Error(`${endpoint}: HTTP ${response.status}`);
	const answer = parse(await response.text()) as ModelAnswer<M>;
	if (browser) {
		serverVersion = answer.version;
		lastVersionCheck = Date.now();
		warmBrowserEngineWith(load);
	}
	return { model: answer.model, engine: 'server' };
}
