/**
 * Page timings in Chromium. Contexts are opened here rather than with the e2e helper
 * `openOfflinePage` because Playwright request routing turns off the HTTP cache, and a warm load
 * needs it. Off-origin requests are still watched (not blocked) and reported.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The home page's chart, as the e2e journey waits for it. */
export const HOME_CHART_PATH = '[data-testid="waiting-list-chart"] path';

export interface WatchedContext {
	context: BrowserContext;
	page: Page;
	/** URLs the pages asked for outside the dashboard's own origin. */
	foreignRequests: string[];
}

export async function openWatchedContext(browser: Browser, origin: string) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// A cold load of the large /larc page on a busy 2-core machine can take well over 10 s.
	context.setDefaultTimeout(60_000);
	const foreignRequests: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		const local = url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
		if (!local) foreignRequests.push(url);
	});
	return { context, page: await context.newPage(), foreignRequests } satisfies WatchedContext;
}

/** Milliseconds from starting navigation to the first element matching `drawn` being visible. */
export async function timeNavigation(page: Page, url: string, drawn: string): Promise<number> {
	const started = performance.now();
	try {
		await page.goto(url);
		await page.locator(drawn).first().waitFor({ state: 'visible' });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(`${url} never showed ${drawn}: ${message}`, { cause: error });
	}
	return performance.now() - started;
}

export interface FilterChange {
	/** The label of the #locality option to choose (option values differ between pages). */
	label: string;
	/** Selector that only matches once the page has redrawn for that value. */
	redrawn: string;
}

/** Milliseconds from choosing a filter value to the redrawn marker being visible. */
export async function timeFilterChange(page: Page, change: FilterChange): Promise<number> {
	const started = performance.now();
	await page.selectOption('#locality', { label: change.label });
	await page.locator(change.redrawn).first().waitFor({ state: 'visible' });
	return performance.now() - started;
}
