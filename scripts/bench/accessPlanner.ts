/**
 * Step 5: the /access scenario planner. The pure functions the browser runs on every change, timed
 * in Node on the built data (720 LSOAs × 150 sites), and the same work timed in headless Chromium
 * on the built app:
 * - scenario recompute: the nearest active site for every LSOA and coverage (the core of a
 *   toggle), and the whole page's card models (accessView) for a scenario;
 * - map first draw: projecting the 720 LSOA boundaries into SVG paths (mapShapes); in the browser,
 *   first contentful paint of /access (the map is in the server's HTML) and hydration;
 * - suggest 5 spokes: the greedy run over every candidate practice;
 * - in the browser, a spoke switched on: from the click to the coverage figure changing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { mapShapes } from '$lib/components/charts/map/mapGeometry';
import { openNativeDatabaseWithData } from '$lib/server/duckdbNative';
import { coverage, nearestSite } from '$lib/topics/access/coverage';
import { loadAccessModel } from '$lib/topics/access/model';
import { activeSites, serviceWomen, switchableSites } from '$lib/topics/access/scenario';
import { parseAccessState } from '$lib/topics/access/state';
import { suggestSpokes } from '$lib/topics/access/suggestSpokes';
import { minutesMatrix } from '$lib/topics/access/travelMatrix';
import { accessView } from '$lib/topics/access/view';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startDashboard } from '../../tests/e2e/support/server';
import { repeated, type Repeated } from './measurement';
import type { Skipped } from './browserTimings';

export interface AccessPlannerResult {
	status: 'measured';
	areas: number;
	sites: number;
	node: {
		matrix: Repeated;
		scenarioRecompute: Repeated;
		scenarioCards: Repeated;
		mapGeometry: Repeated;
		suggestFiveSpokes: Repeated;
	};
	browser:
		| {
				status: 'measured';
				firstContentfulPaint: Repeated;
				hydrated: Repeated;
				spokeToggle: Repeated;
		  }
		| Skipped;
}

function time(runs: number, work: (run: number) => unknown): Repeated {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		work(run);
		samples.push(performance.now() - started);
	}
	return repeated(samples, 'ms');
}

async function measureInNode(dataDir: string, runs: number) {
	const { db, manifest } = await openNativeDatabaseWithData(dataDir);
	const { state } = parseAccessState(new URLSearchParams());
	const { data } = await loadAccessModel({ db, manifest }, state);
	await db.close();
	const matrix = minutesMatrix(data);
	const women = serviceWomen(data.areas, state.service);
	const candidates = switchableSites(data.sites);
	// Each run switches on a different practice, as a visitor would.
	const scenario = (run: number) => [data.sites[candidates[run % candidates.length]].id];
	return {
		areas: data.areas.length,
		sites: data.sites.length,
		node: {
			matrix: time(runs, () => minutesMatrix(data)),
			scenarioRecompute: time(runs * 10, (run) => {
				const reach = nearestSite(
					matrix,
					data.areas.length,
					activeSites(data.sites, state.service, scenario(run))
				);
				return coverage(data.areas, women, reach.minutes, state.thresholdMinutes);
			}),
			scenarioCards: time(runs, (run) =>
				accessView(data, matrix, { ...state, spokes: scenario(run) })
			),
			mapGeometry: time(runs, () => mapShapes(data.topology, 'lsoa', ['locality', 'lad'])),
			suggestFiveSpokes: time(runs, () =>
				suggestSpokes({
					matrix,
					areaCount: data.areas.length,
					weights: women,
					women,
					active: activeSites(data.sites, state.service, []),
					candidates,
					threshold: state.thresholdMinutes,
					count: 5
				})
			)
		}
	};
}

async function measureInBrowser(runs: number): Promise<AccessPlannerResult['browser']> {
	if (!existsSync('build/index.js')) {
		return { status: 'skipped', reason: 'no build/ (run with --build)' };
	}
	const [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
	try {
		await fetch(`${server.origin}/access`); // the server's model, computed once
		const paints: number[] = [];
		const hydrated: number[] = [];
		const toggles: number[] = [];
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto(`${server.origin}/access`);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const timing = await page.evaluate(() => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				now: performance.now()
			}));
			paints.push(timing.paint);
			hydrated.push(timing.now);
			const box = page.locator('[data-testid="planner-form"] input[data-site]').nth(run * 7);
			const site = await box.getAttribute('data-site');
			toggles.push(
				await page.evaluate((id) => {
					const input = document.querySelector<HTMLInputElement>(`input[data-site="${id}"]`)!;
					return new Promise<number>((resolve) => {
						const started = performance.now();
						new MutationObserver((_, observer) => {
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now() - started));
						}).observe(document.querySelector('[data-testid="access-ready"]')!, {
							subtree: true,
							childList: true,
							characterData: true
						});
						input.click();
					});
				}, site)
			);
			await context.close();
		}
		return {
			status: 'measured',
			firstContentfulPaint: repeated(paints, 'ms'),
			hydrated: repeated(hydrated, 'ms'),
			spokeToggle: repeated(toggles, 'ms')
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}

export async function measureAccessPlanner(
	repoRoot: string,
	runs: number
): Promise<AccessPlannerResult> {
	const node = await measureInNode(path.join(repoRoot, 'static/data'), runs);
	return { status: 'measured', ...node, browser: await measureInBrowser(Math.min(runs, 5)) };
}
