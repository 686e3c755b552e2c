/**
 * /larc filter changes answered by DuckDB-WASM in the page, once the browser engine is ready:
 * how long the engine takes to be ready after a load, its first change, and p50/p95 after that.
 */
import { waitUntilDrawn } from './browserPages';
import {
	Contexts,
	filterTiming,
	START,
	TARGET,
	type FilterTiming,
	type Skipped
} from './browserTimings';
import { findLarcReadyMarker } from './larcReadyMarker';
import { collectRuns, single, type Single } from './measurement';

export interface BrowserEngineTiming {
	status: 'measured';
	/** From starting to load /larc to the engine holding the data (it starts when idle). */
	engineReady: Single;
	/** The first change it answers pays one-off costs (WebAssembly tier-up, first table scans). */
	firstChange: Single;
	changes: FilterTiming;
}

/**
 * Filter changes on /larc answered by DuckDB-WASM in the page: the locality alternates between
 * Mid Essex and Thurrock while the From month steps back, so each change is a new model (the
 * browser keeps no cache of models). A change answered by the server instead stops the run.
 */
export async function measureBrowserEngineFilters(
	contexts: Contexts,
	runs: number,
	repoRoot: string
): Promise<BrowserEngineTiming | Skipped> {
	const marker = await findLarcReadyMarker(repoRoot);
	if (marker.kind === 'absent') return { status: 'skipped', reason: marker.reason };
	const watched = await contexts.open();
	try {
		const { page } = watched;
		const started = performance.now();
		await page.goto(`${contexts.origin}${marker.route}?locality=${START.slug}`);
		await page
			.locator('html[data-engine="ready"]')
			.waitFor({ state: 'attached', timeout: 300_000 });
		const engineReady = performance.now() - started;
		const months = (
			await page
				.locator('#from option')
				.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
		).filter((m) => m !== '');
		const change = async (run: number) => {
			const to = run % 2 === 0 ? TARGET : START.name;
			const month = months[months.length - 2 - (run % (months.length - 2))];
			const began = performance.now();
			await page.selectOption('#locality', { label: to });
			await waitUntilDrawn(watched, marker.redrawnFor(to));
			await page.selectOption('#from', month);
			await page.waitForURL((u) => u.searchParams.get('from') === month);
			await waitUntilDrawn(watched, '[data-testid="larc-ready"][data-loading="false"]');
			const engine = await page.locator('main').getAttribute('data-model-engine');
			if (engine !== 'browser') throw new Error(`a filter change was answered by the ${engine}`);
			// Two changes (locality, then month) per run: report one change.
			return (performance.now() - began) / 2;
		};
		const firstChange = await change(0);
		const samples = await collectRuns(runs, (run) => change(run + 1));
		return {
			status: 'measured',
			engineReady: single(engineReady, 'ms'),
			firstChange: single(firstChange, 'ms'),
			changes: filterTiming(samples, START.name, TARGET)
		};
	} finally {
		await watched.context.close();
	}
}
