/**
 * One page model, two engines, in Debian Chromium: the first view comes from the server; once the
 * browser's DuckDB-WASM is ready, a filter change is computed in the browser. Every summary,
 * table cell and download it then shows is identical to what the server renders for the same URL
 * with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { openOfflinePage } from './support/browser';

const dashboard = useDashboardInChromium();

/** What a page shows: the tiles and card summaries, every table cell, and every download. */
async function figures(page: Page) {
	const main = page.locator('main');
	const texts = async (selector: string) =>
		(await main.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
	return {
		summaries: await texts('.summary, [data-testid="kpi-value"], [data-testid="kpi-period"]'),
		cells: await texts('table th, table td'),
		downloads: await main
			.locator('a[download]')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
	};
}

async function engineReady(page: Page) {
	await page.locator('html[data-engine="ready"]').waitFor({ state: 'attached', timeout: 180_000 });
}

async function serverRendered(path: string) {
	const { page } = await openOfflinePage(
		dashboard.browser(),
		dashboard.server().origin,
		undefined,
		{
			javaScriptEnabled: false
		}
	);
	await page.goto(`${dashboard.server().origin}${path}`);
	const shown = await figures(page);
	await page.context().close();
	return shown;
}

describe('figures computed in the browser', () => {
	it('on /larc equal the server’s for the same selection', async () => {
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await page.goto(`${dashboard.server().origin}/larc`);
		await expect(page.locator('main').getAttribute('data-model-engine')).resolves.toBe('server');
		await engineReady(page);

		await page.locator('select[name="locality"]').selectOption('thurrock');
		await page.waitForURL(/locality=thurrock/);
		await page.locator('input[name="reason"][value="contraceptive"]').check();
		await page.waitForURL(/reason=contraceptive/);
		await page.locator('[data-testid="larc-ready"][data-loading="false"]').waitFor();
		await expect(page.locator('main').getAttribute('data-model-engine')).resolves.toBe('browser');

		const inBrowser = await figures(page);
		const path = new URL(page.url()).pathname + new URL(page.url()).search;
		const fromServer = await serverRendered(path);
		expect(inBrowser.summaries.length).toBeGreaterThan(5);
		expect(inBrowser.cells.length).toBeGreaterThan(100);
		expect(inBrowser.downloads.length).toBeGreaterThan(5);
		expect(inBrowser).toEqual(fromServer);
		expect(foreignRequests).toEqual([]);
		await page.context().close();
	});

	it('on the overview equal the server’s for a locality', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/`);
		await engineReady(page);
		await page.locator('select[name="locality"]').selectOption('mid-essex');
		await page.waitForURL(/locality=mid-essex/);
		await page.locator('main[data-model-engine="browser"]').waitFor();

		const inBrowser = await figures(page);
		expect(inBrowser.summaries.length).toBeGreaterThan(5);
		expect(inBrowser).toEqual(await serverRendered('/?locality=mid-essex'));
		await page.context().close();
	});
});
