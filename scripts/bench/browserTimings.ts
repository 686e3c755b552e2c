/**
 * Step 3: the built dashboard in headless Debian Chromium. Page loads are measured inside the page
 * (scripts/bench/pageLoad.ts) for `/` and `/larc`, cold and warm, at loopback and on emulated
 * slower networks. Filter changes on /larc are timed twice: as server navigations (the browser
 * engine kept from starting, so the page asks the server for the new state's model) and in the
 * browser once DuckDB-WASM is ready. Both are timed around Playwright waits, so they include
 * Playwright's round trips.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startDashboard } from '../../tests/e2e/support/server';
import {
	openWatchedContext,
	timeLocalityChange,
	timeNavigation,
	waitUntilDrawn,
	type WatchedContext
} from './browserPages';
import { findLarcReadyMarker } from './larcReadyMarker';
import {
	collectRuns,
	percentile,
	repeated,
	single,
	type Repeated,
	type Single,
	type Unit
} from './measurement';
import {
	measurePageLoad,
	NETWORK_SETTINGS,
	PAGES_UNDER_TEST,
	preparePage,
	type NetworkSetting,
	type PageLoadSample,
	type PageUnderTest
} from './pageLoad';
import { runCommand } from './runCommand';
import { measureBrowserEngineFilters, type BrowserEngineTiming } from './browserEngineFilters';

export type Skipped = { status: 'skipped'; reason: string };

/** One page at one network setting, cold or warm: each measure over the runs. */
export interface PageLoadFigures {
	network: string;
	page: string;
	cache: 'cold' | 'warm';
	firstNumber: Repeated;
	bytesBeforeFirstNumber: Repeated;
	allCharts: Repeated;
	charts: number;
	bytesTotal: Repeated;
	cls: Repeated;
}

export type FilterTiming = Repeated & { p50: number; p95: number; from: string; to: string };

export interface BrowserMeasured {
	status: 'measured';
	appBuild?: Single;
	servedLarcRows: number;
	pageLoads: PageLoadFigures[];
	/** /larc filter changes as server navigations, at loopback. */
	larcFilterChange:
		{ status: 'measured'; uncachedModel: FilterTiming; cachedModel: FilterTiming } | Skipped;
	/** /larc filter changes computed by DuckDB-WASM in the page, once it is ready. */
	larcBrowserEngine: BrowserEngineTiming | Skipped;
	foreignRequests: string[];
}

export type BrowserResult = BrowserMeasured | Skipped;

export const START = { slug: 'mid-essex', name: 'Mid Essex' };
export const TARGET = 'Thurrock';

async function servedLarcRows(origin: string): Promise<number> {
	const manifest = (await (await fetch(`${origin}/data/manifest.json`)).json()) as {
		datasets: { name: string; rows: number }[];
	};
	return manifest.datasets.find((d) => d.name === 'larc_requests')?.rows ?? 0;
}

/** Opens every context through one place so their off-origin requests can be gathered. */
export class Contexts {
	private opened: WatchedContext[] = [];
	constructor(
		private browser: Browser,
		readonly origin: string
	) {}
	async open(): Promise<WatchedContext> {
		const watched = await openWatchedContext(this.browser, this.origin);
		this.opened.push(watched);
		return watched;
	}
	foreignRequests(): string[] {
		return this.opened.flatMap((w) => w.foreignRequests);
	}
}

function figures(
	setting: NetworkSetting,
	target: PageUnderTest,
	cache: 'cold' | 'warm',
	samples: PageLoadSample[]
): PageLoadFigures {
	const of = (pick: (s: PageLoadSample) => number, unit: Unit) => repeated(samples.map(pick), unit);
	return {
		network: setting.name,
		page: target.path,
		cache,
		firstNumber: of((s) => s.firstNumberMs, 'ms'),
		bytesBeforeFirstNumber: of((s) => s.bytesBeforeFirstNumber, 'bytes'),
		allCharts: of((s) => s.allChartsMs, 'ms'),
		charts: samples[0].charts,
		bytesTotal: of((s) => s.bytesTotal, 'bytes'),
		cls: repeated(
			samples.map((s) => s.cls),
			'CLS score'
		)
	};
}

/**
 * Cold: a new context (empty HTTP cache) for each run. Warm: one context, after one load. The
 * server is warmed first (native DuckDB opened, each page's default model computed and cached), as
 * it is for every visitor but the first after a start: "cold" is the browser's cache.
 */
async function measurePageLoads(contexts: Contexts, runs: number): Promise<PageLoadFigures[]> {
	for (const target of PAGES_UNDER_TEST)
		await (await fetch(`${contexts.origin}${target.path}`)).text();
	const all: PageLoadFigures[] = [];
	for (const setting of NETWORK_SETTINGS) {
		for (const target of PAGES_UNDER_TEST) {
			const url = `${contexts.origin}${target.path}`;
			process.stderr.write(`bench:   ${target.path} at ${setting.name}\n`);
			const cold: PageLoadSample[] = [];
			for (let run = 0; run < runs; run++) {
				const fresh = await contexts.open();
				try {
					await preparePage(fresh.page, target, setting);
					cold.push(await measurePageLoad(fresh.page, url, target));
				} finally {
					await fresh.context.close();
				}
			}
			const warm = await contexts.open();
			try {
				await preparePage(warm.page, target, setting);
				await measurePageLoad(warm.page, url, target);
				const samples: PageLoadSample[] = [];
				for (let run = 0; run < runs; run++) {
					samples.push(await measurePageLoad(warm.page, url, target));
				}
				all.push(figures(setting, target, 'cold', cold), figures(setting, target, 'warm', samples));
			} finally {
				await warm.context.close();
			}
		}
	}
	return all;
}

export function filterTiming(samples: number[], from: string, to: string): FilterTiming {
	return {
		...repeated(samples, 'ms'),
		p50: percentile(samples, 0.5),
		p95: percentile(samples, 0.95),
		from,
		to
	};
}

/**
 * Filter changes on /larc, each a server navigation. Uncached: the From month steps through months
 * never asked for before, so the server computes each model afresh. Cached: the locality switches
 * between two areas already computed, so only the round trip and the redraw remain.
 */
async function measureLarcFilters(contexts: Contexts, runs: number, repoRoot: string) {
	const marker = await findLarcReadyMarker(repoRoot);
	if (marker.kind === 'absent') return { status: 'skipped', reason: marker.reason } as const;
	const watched = await contexts.open();
	try {
		const { page } = watched;
		// Without the server's manifest the browser engine cannot start: every change is a navigation.
		await page.route('**/data/current.json', (route) => route.abort());
		const url = `${contexts.origin}${marker.route}?locality=${START.slug}`;
		await timeNavigation(watched, url, marker.redrawnFor(START.name));
		const months = (
			await page
				.locator('#from option')
				.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
		).filter((m) => m !== '');
		const current = await page.locator('#from').inputValue();
		const fresh = months
			.filter((m) => m !== current)
			.slice(-runs)
			.reverse();
		const uncached = await collectRuns(fresh.length, async (run) => {
			const month = fresh[run];
			const started = performance.now();
			await page.selectOption('#from', month);
			await page.waitForURL((u) => u.searchParams.get('from') === month);
			await waitUntilDrawn(watched, '[data-testid="larc-ready"][data-loading="false"]');
			return performance.now() - started;
		});
		// Back to the whole period, then Mid Essex ⇄ Thurrock: both computed once, untimed.
		await page.goto(url);
		await waitUntilDrawn(watched, marker.redrawnFor(START.name));
		await timeLocalityChange(watched, TARGET, marker.redrawnFor(TARGET));
		const cached = await collectRuns(runs, (run) => {
			const to = run % 2 === 0 ? START.name : TARGET;
			return timeLocalityChange(watched, to, marker.redrawnFor(to));
		});
		return {
			status: 'measured',
			uncachedModel: filterTiming(uncached, fresh[0], fresh[fresh.length - 1]),
			cachedModel: filterTiming(cached, TARGET, START.name)
		} as const;
	} finally {
		await watched.context.close();
	}
}

export async function measureBrowser(
	repoRoot: string,
	loadRuns: number,
	filterRuns: number,
	buildFirst: boolean
): Promise<BrowserResult> {
	let appBuild: Single | undefined;
	if (buildFirst)
		appBuild = single((await runCommand('npx', ['vite', 'build'], repoRoot)).ms, 'ms');
	if (!existsSync(path.join(repoRoot, 'build', 'index.js'))) {
		return {
			status: 'skipped',
			reason: 'build/index.js not found: run `npm run build` first or pass --build'
		};
	}
	const [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
	try {
		const contexts = new Contexts(browser, server.origin);
		const pageLoads = await measurePageLoads(contexts, loadRuns);
		const larcFilterChange = await measureLarcFilters(contexts, filterRuns, repoRoot);
		const larcBrowserEngine = await measureBrowserEngineFilters(contexts, filterRuns, repoRoot);
		return {
			status: 'measured',
			...(appBuild && { appBuild }),
			servedLarcRows: await servedLarcRows(server.origin),
			pageLoads,
			larcFilterChange,
			larcBrowserEngine,
			foreignRequests: contexts.foreignRequests()
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}
