/**
 * DuckDB-WASM in the browser, started only after the page has painted (when the browser is
 * idle), never in the way of the first figures, which come from the server. Once a page's
 * datasets are loaded, its filter changes run the same page model here instead of asking the
 * server.
 */
import type { DatasetName } from './datasets';
import type { PageContext } from './pageContext';

const ready = new Map<string, PageContext>();
const starting = new Map<string, Promise<PageContext>>();

const keyOf = (datasets: readonly DatasetName[]) => [...datasets].sort().join(',');

/** Starts the engine and loads the datasets (once); resolves when queries can run. */
export function startBrowserEngine(datasets: readonly DatasetName[]): Promise<PageContext> {
	const key = keyOf(datasets);
	let start = starting.get(key);
	if (!start) {
		start = import('./dashboardData')
			.then(({ useDatasets }) => useDatasets(datasets))
			.then((context) => {
				ready.set(key, context);
				return context;
			})
			.catch((error: unknown) => {
				// A failed start is forgotten: the server keeps answering, and a later page can retry.
				starting.delete(key);
				throw error;
			});
		starting.set(key, start);
	}
	return start;
}

/** The engine with these datasets, if it is already loaded; null while it is not. */
export function browserEngineIfReady(datasets: readonly DatasetName[]): PageContext | null {
	return ready.get(keyOf(datasets)) ?? null;
}

/** Starts the engine for a page once the browser is idle after the first paint. */
export function startBrowserEngineWhenIdle(datasets: readonly DatasetName[]): void {
	const start = () => void startBrowserEngine(datasets).catch(() => undefined);
	if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 5000 });
	else setTimeout(start, 1000);
}
