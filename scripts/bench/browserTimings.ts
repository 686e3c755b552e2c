/**
 * Step 3: the built dashboard in headless Debian Chromium. Times are measured around Playwright
 * waits, so they include Playwright's round trips (a few ms each), not only the page's work.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startDashboard } from '../../tests/e2e/support/server';
import {
	HOME_CHART_PATH,
	openWatchedContext,
	timeFilterChange,
	timeNavigation
} from './browserPages';
import { findLarcReadyMarker } from './larcReadyMarker';
import { collectRuns, repeated, single, type Repeated, type Single } from './measurement';
import { runCommand } from './runCommand';

export type LarcFilterTiming = { status: 'measured'; filterToRedraw: Repeated } | Skipped;
export type Skipped = { status: 'skipped'; reason: string };

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
async function timeLocalityChanges(page: Page, runs: number, drawnFor: (l: string) => string) {
	return collectRuns(runs, async (run) => {
		if (run > 0) {
			await page.selectOption('#locality', { label: START.name });
			await page.locator(drawnFor(START.name)).first().waitFor();
		}
		return timeFilterChange(page, { label: TARGET, redrawn: drawnFor(TARGET) });
	});
}

async function measureLarcPage(
	browser: Browser,
	origin: string,
	runs: number,
	repoRoot: string,
	foreignRequests: string[]
): Promise<LarcFilterTiming> {
	const marker = await findLarcReadyMarker(repoRoot);
	if (marker.kind === 'absent') return { status: 'skipped', reason: marker.reason };
	const { context, page, foreignRequests: seen } = await openWatchedContext(browser, origin);
	try {
		await timeNavigation(
			page,
			`${origin}${marker.route}?locality=${START.slug}`,
			marker.redrawnFor(START.name)
		);
		if ((await page.locator('#locality').count()) === 0) {
			return { status: 'skipped', reason: '/larc has no #locality filter' };
		}
		const samples = await timeLocalityChanges(page, runs, marker.redrawnFor);
		return { status: 'measured', filterToRedraw: repeated(samples, 'ms') };
	} finally {
		foreignRequests.push(...seen);
		await context.close();
	}
}

async function measurePages(browser: Browser, origin: string, runs: number, repoRoot: string) {
	const url = `${origin}/?locality=${START.slug}`;
	const foreignRequests: string[] = [];
	const cold = await collectRuns(runs, async () => {
		const fresh = await openWatchedContext(browser, origin);
		try {
			return await timeNavigation(fresh.page, url, HOME_CHART_PATH);
		} finally {
			foreignRequests.push(...fresh.foreignRequests);
			await fresh.context.close();
		}
	});
	const warm = await openWatchedContext(browser, origin);
	try {
		await timeNavigation(warm.page, url, HOME_CHART_PATH);
		const warmLoads = await collectRuns(runs, () =>
			timeNavigation(warm.page, url, HOME_CHART_PATH)
		);
		const filter = await timeLocalityChanges(warm.page, runs, homeDrawnFor);
		return {
			url: `/?locality=${START.slug}`,
			navigationToChartCold: repeated(cold, 'ms'),
			navigationToChartWarm: repeated(warmLoads, 'ms'),
			homeFilterToRedraw: { ...repeated(filter, 'ms'), from: START.name, to: TARGET },
			larcPageFilterToRedraw: await measureLarcPage(
				browser,
				origin,
				runs,
				repoRoot,
				foreignRequests
			),
			foreignRequests: [...foreignRequests, ...warm.foreignRequests]
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
		const pages = await measurePages(browser, server.origin, runs, repoRoot);
		return {
			status: 'measured',
			...(appBuild && { appBuild }),
			servedLarcRows: await servedLarcRows(server.origin),
			...pages
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}
