/**
 * Page timings in Chromium. Contexts are opened here rather than with the e2e helper
 * `openOfflinePage` because Playwright request routing turns off the HTTP cache, and a warm load
 * needs it. Off-origin requests are still watched (not blocked) and reported.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface WatchedContext {
	context: BrowserContext;
	page: Page;
	/** URLs the page asked for outside the dashboard's own origin. */
	foreignRequests: string[];
	/** Uncaught errors in the page, quoted if it never draws. */
	pageErrors: string[];
}

export async function openWatchedContext(browser: Browser, origin: string) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// A cold load of the large /larc page on a busy 2-core machine can take well over 10 s.
	context.setDefaultTimeout(60_000);
	const page = await context.newPage();
	const watched: WatchedContext = { context, page, foreignRequests: [], pageErrors: [] };
	context.on('request', (request) => {
		const url = request.url();
		const local = url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
		if (!local) watched.foreignRequests.push(url);
	});
	page.on('pageerror', (error) => watched.pageErrors.push(error.message));
	return watched;
}

/** Waits for `selector` to be visible; if it never is, says what the page was doing. */
export async function waitUntilDrawn(watched: WatchedContext, selector: string): Promise<void> {
	try {
		await watched.page.locator(selector).first().waitFor({ state: 'visible' });
	} catch (error) {
		const errors = watched.pageErrors.length
			? `page errors: ${watched.pageErrors.join(' | ')}`
			: 'no page errors';
		const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
		throw new Error(`${watched.page.url()} never showed ${selector} (${errors}): ${firstLine}`, {
			cause: error
		});
	}
}

/** Milliseconds from starting navigation to the first element matching `drawn` being visible. */
export async function timeNavigation(watched: WatchedContext, url: string, drawn: string) {
	const started = performance.now();
	await watched.page.goto(url);
	await waitUntilDrawn(watched, drawn);
	return performance.now() - started;
}

/** Milliseconds from choosing a #locality option (by its label) to `redrawn` being visible. */
export async function timeLocalityChange(watched: WatchedContext, label: string, redrawn: string) {
	const started = performance.now();
	await watched.page.selectOption('#locality', { label });
	await waitUntilDrawn(watched, redrawn);
	return performance.now() - started;
}
