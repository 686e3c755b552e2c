/**
 * A selection with no activity in Debian Chromium: /larc for women aged 65 and over, who make no
 * LARC requests in the extract (checked with native DuckDB). Each chart with nothing to draw must
 * say "No activity in this selection" rather than draw an empty axis labelled "Jan 1970", and the
 * page must still render when the whole extract (long enough for SPC) is chosen, its deprivation
 * card saying there are no requests rather than showing "NaN".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';

const dashboard = useDashboardInChromium();

async function requestsAged65AndOver(): Promise<number> {
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		SELECT count(*)::INTEGER AS n FROM 'static/data/larc_requests.parquet' WHERE age_band = '65+'`);
	native.close();
	return Number(row.n);
}

async function openLarc(page: Page, query: string, errors: string[]) {
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${dashboard.server().origin}/larc?${query}`);
	await page.locator('[data-testid="larc-ready"][data-loading="false"]').waitFor();
}

const axisLabels = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll('svg text')].map((t) => t.textContent ?? ''));

describe('a selection with no activity', () => {
	it('says "No activity in this selection" instead of drawing an empty axis', async () => {
		expect(await requestsAged65AndOver()).toBe(0);
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		const errors: string[] = [];
		await openLarc(page, 'age=65%2B&from=2026-01&to=2026-10', errors);

		// No gynaecological LARC fits: the community share chart has no rows.
		await expect(
			page.locator('#community-share-panel-chart [data-testid="chart-empty"]').first().textContent()
		).resolves.toContain('No activity in this selection');
		expect(await page.getByTestId('chart-empty').count()).toBeGreaterThan(0);
		expect((await axisLabels(page)).filter((text) => text.includes('1970'))).toEqual([]);
		expect(errors).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('still draws the page when the selection is long enough for SPC', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		const errors: string[] = [];
		await openLarc(page, 'age=65%2B', errors);
		await page.locator('#larc-spc-panel-chart [data-testid="spc-reading"]').waitFor();
		// The deprivation card says there are no requests; it read "95% CI 0.0 to NaN".
		await expect(page.locator('#deprivation-summary').textContent()).resolves.toMatch(
			/: no gynaecological requests in this selection; no contraceptive requests in this selection\.$/
		);
		await expect(page.locator('main').textContent()).resolves.not.toContain('NaN');
		await expect(
			page.locator('#community-share-panel-chart [data-testid="chart-empty"]').first().isVisible()
		).resolves.toBe(true);
		expect((await axisLabels(page)).filter((text) => text.includes('1970'))).toEqual([]);
		expect(errors).toEqual([]);
	});
});
