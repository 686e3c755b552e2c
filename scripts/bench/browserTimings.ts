/**
 * Step 3: the built dashboard in headless Debian Chromium. Times are measured around Playwright
 * waits, so they include Playwright's round trips (a few ms each), not only the page's work.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startDashboard } from '../../tests/e2e/support/server';
import {
	HOME_CHART_PATH,
	openWatchedContext,
	timeLocalityChange,
	timeNavigation,
	waitUntilDrawn,
	type WatchedContext
} from './browserPages';
import { findLarcReadyMarker } from './larcReadyMarker';
import { collectRuns, repeated, single, type Repeated, type Single } from './measurement';
import { runCommand } from './runCommand';

export type Skipped = { status: 'skipped'; reason: string };
export type LarcFilterTiming = { status: 'measured'; filterToRedraw: Repeated } | Skipped;

export interface BrowserMeasured {
	status: 'measured';
	appBuild?: Single;
	url: string;
	servedLarcRows: number;
	navigationToChartCold: Repeated;
	navigationToChartWarm: Repeated;
	homeFilterToRedraw: Repeated & { from: string; to: string };
	larcPageFilterToRedraw: LarcFilterTiming;
	foreignRequests: string[];
}

export type BrowserResult = BrowserMeasured | Skipped;

const START = { slug: 'mid-essex', name: 'Mid Essex' };
const TARGET = 'Thurrock';

const homeDrawnFor = (locality: string) =>
	`[data-testid="waiting-list-ready"][data-locality="${locality}"] ${HOME_CHART_PATH}`;

async function servedLarcRows(origin: string): Promise<number> {
	const manifest = (await (await fetch(`${origin}/data/manifest.json`)).json()) as {
		datasets: { name: string; rows: number }[];
	};
	return manifest.datasets.find((d) => d.name === 'larc_requests')?.rows ?? 0;
}

/** Times `runs` changes from the start locality to the target, resetting (untimed) in between. */
function timeLocalityChanges(
	watched: WatchedContext,
	runs: number,
	drawnFor: (locality: string) => string
) {
	return collectRuns(runs, async (run) => {
		if (run > 0) {
			await watched.page.selectOption('#locality', { label: START.name });
			await waitUntilDrawn(watched, drawnFor(START.name));
		}
		return timeLocalityChange(watched, TARGET, drawnFor(TARGET));
	});
}

/** Opens every context through one place so their off-origin requests can be gathered. */
class Contexts {
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

async function measureLarcPage(contexts: Contexts, runs: number, repoRoot: string) {
	const marker = await findLarcReadyMarker(repoRoot);
	if (marker.kind === 'absent') return { status: 'skipped', reason: marker.reason } as const;
	const watched = await contexts.open();
	try {
		const url = `${contexts.origin}${marker.route}?locality=${START.slug}`;
		await timeNavigation(watched, url, marker.redrawnFor(START.name));
		if ((await watched.page.locator('#locality').count()) === 0) {
			return { status: 'skipped', reason: '/larc has no #locality filter' } as const;
		}
		const samples = await timeLocalityChanges(watched, runs, marker.redrawnFor);
		return { status: 'measured', filterToRedraw: repeated(samples, 'ms') } as const;
	} finally {
		await watched.context.close();
	}
}

async function measurePages(contexts: Contexts, runs: number) {
	const url = `${contexts.origin}/?locality=${START.slug}`;
	const cold = await collectRuns(runs, async () => {
		const fresh = await contexts.open();
		try {
			return await timeNavigation(fresh, url, HOME_CHART_PATH);
		} finally {
			await fresh.context.close();
		}
	});
	const warm = await contexts.open();
	try {
		await timeNavigation(warm, url, HOME_CHART_PATH);
		const warmLoads = await collectRuns(runs, () => timeNavigation(warm, url, HOME_CHART_PATH));
		const filter = await timeLocalityChanges(warm, runs, homeDrawnFor);
		return {
			url: `/?locality=${START.slug}`,
			navigationToChartCold: repeated(cold, 'ms'),
			navigationToChartWarm: repeated(warmLoads, 'ms'),
			homeFilterToRedraw: { ...repeated(filter, 'ms'), from: START.name, to: TARGET }
		};
	} finally {
		await warm.context.close();
	}
}

export async function measureBrowser(
	repoRoot: string,
	runs: number,
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
		const home = await measurePages(contexts, runs);
		const larcPageFilterToRedraw = await measureLarcPage(contexts, runs, repoRoot);
		return {
			status: 'measured',
			...(appBuild && { appBuild }),
			servedLarcRows: await servedLarcRows(server.origin),
			...home,
			larcPageFilterToRedraw,
			foreignRequests: contexts.foreignRequests()
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}
