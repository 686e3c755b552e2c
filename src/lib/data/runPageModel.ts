/**
 * One page model, two engines. A page's universal load calls this: in the browser, once
 * DuckDB-WASM holds the page's datasets, the model runs there (a filter change needs no server);
 * otherwise — on the server, and in the browser before the engine is ready — the model comes from
 * the page's model endpoint, which runs the same function on native DuckDB.
 */
import { browser } from '$app/environment';
import { parse } from 'devalue';
import { browserEngineIfReady } from './browserEngine';
import type { DatasetName } from './datasets';
import type { PageContext } from './pageContext';

export interface PageModelSource<M> {
	/** The page's model endpoint, e.g. "/models/larc" (the query string is added). */
	endpoint: string;
	datasets: readonly DatasetName[];
	load: (ctx: PageContext) => Promise<M>;
}

export async function runPageModel<M>(
	fetch: typeof globalThis.fetch,
	search: string,
	source: PageModelSource<M>
): Promise<{ model: M; engine: 'browser' | 'server' }> {
	const local = browser ? browserEngineIfReady(source.datasets) : null;
	if (local) return { model: await source.load(local), engine: 'browser' };
	const response = await fetch(`${source.endpoint}${search}`);
	if (!response.ok) throw new Error(`${source.endpoint}: HTTP ${response.status}`);
	return { model: parse(await response.text()) as M, engine: 'server' };
}
