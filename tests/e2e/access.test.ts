/**
 * The /access page in Debian Chromium, offline: the coverage figure it shows for the baseline and
 * after switching on one spoke must equal the share the test computes itself with native DuckDB
 * from the built Parquet files (site_lsoa_minutes, site_services, the female population); the map
 * and its table must agree LSOA by LSOA and in order; the scenario lives in the URL and the same
 * address gives the same figure without JavaScript; axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';

const dashboard = useDashboardInChromium();

/** LARC for gynaecological reasons is for women 15–64 (src/lib/data/siteServices.ts). */
const BANDS = ['15-24', '25-34', '35-44', '45-54', '55-64'];
const THRESHOLD = 30;

/** Share of women 15–64 within 30 minutes of the baseline sites plus `extra`, as "88.8%". */
async function expectedShare(extra: string[]): Promise<string> {
	const db = await openNativeDuckdb();
	const extraSites = extra.map((s) => `('${s}')`).join(', ');
	const [row] = await db.rows(`
		WITH women AS (
			SELECT lsoa21_code, sum(women) AS women
			FROM 'static/data/population_female_lsoa.parquet'
			WHERE age_band IN (${BANDS.map((b) => `'${b}'`).join(', ')})
			GROUP BY ALL
		),
		active AS (
			SELECT site_id FROM 'static/data/site_services.parquet'
			WHERE service_code = 'larc_gynaecological'
			${extra.length > 0 ? `UNION SELECT * FROM (VALUES ${extraSites}) AS t(site_id)` : ''}
		),
		nearest AS (
			SELECT lsoa21_code, min(minutes) AS minutes
			FROM 'static/data/site_lsoa_minutes.parquet' JOIN active USING (site_id)
			WHERE mode = 'car' GROUP BY ALL
		)
		SELECT sum(women) FILTER (WHERE minutes <= ${THRESHOLD}) / sum(women) AS share
		FROM women JOIN nearest USING (lsoa21_code)`);
	db.close();
	return `${((row.share as number) * 100).toFixed(1)}%`;
}

const headline = (page: Page) =>
	page.locator('[data-testid="coverage-headline"] strong').textContent();

async function openAccess(page: Page, query = '') {
	await page.goto(`${dashboard.server().origin}/access${query}`);
	await page.locator('[data-testid="access-ready"] .map-areas path').first().waitFor();
}

describe('travel to hub and spoke sites', () => {
	it('recomputes coverage at once when a spoke is switched on, to the share computed independently', async () => {
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await openAccess(page);
		await expect(headline(page)).resolves.toBe(await expectedShare([]));

		// The first suggested spoke brings the most women within reach: switch it on.
		const site = await page
			.locator('[data-testid="suggestions-table"] tbody tr')
			.first()
			.getAttribute('data-site');
		expect(site).toMatch(/^[A-Z]\d{5}$/);
		const expected = await expectedShare([site!]);
		expect(expected).not.toBe(await headline(page));
		await page.locator(`[data-testid="planner-form"] input[data-site="${site}"]`).check();
		await expect(headline(page)).resolves.toBe(expected);
		await expect(
			page
				.locator('[data-testid="planner-comparison"] tr[data-measure="share"] [data-scenario]')
				.textContent()
		).resolves.toBe(expected);
		// No reload: the scenario went into the address for sharing.
		expect(new URL(page.url()).searchParams.getAll('spoke')).toEqual([site]);
		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);

		// The same address without JavaScript shows the same figure (a GET page).
		const { page: plain } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin,
			undefined,
			{ javaScriptEnabled: false }
		);
		await openAccess(plain, new URL(page.url()).search);
		await expect(headline(plain)).resolves.toBe(expected);
		await page.context().close();
		await plain.context().close();
	});

	it('keeps the map and its table in step, LSOA by LSOA and in order, with one tab stop', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openAccess(page);
		const bandLabels = new Map(
			await page
				.locator('.map-legend-bands li')
				.evaluateAll((items) =>
					items.map((li): [string, string] => [
						li.getAttribute('data-band')!,
						li.textContent!.replace(/\(\d+\)/, '').trim()
					])
				)
		);
		const mapBands = await page
			.locator('.map-areas path')
			.evaluateAll((paths) =>
				paths.map((p): [string, string] => [
					p.getAttribute('data-area')!,
					p.getAttribute('data-band')!
				])
			);
		expect(mapBands).toHaveLength(720);
		const tableRows = await page
			.locator('[data-testid="travel-table"] tbody tr')
			.evaluateAll((rows) =>
				rows.map((r): [string, string] => [
					r.getAttribute('data-lsoa')!,
					r.children[4].textContent!.trim()
				])
			);
		expect(tableRows).toHaveLength(720);
		const tableBand = new Map(tableRows);
		for (const [lsoa, band] of mapBands)
			expect(tableBand.get(lsoa), lsoa).toBe(bandLabels.get(band));

		// The keyboard steps through the map in the table's order (longest journey first).
		const map = page.getByRole('slider', { name: /^Map of the 720 LSOAs/ });
		await map.focus();
		await page.keyboard.press('Home');
		const firstName = await page
			.locator('[data-testid="travel-table"] tbody tr th')
			.first()
			.evaluate((th) => th.firstChild!.textContent!.trim());
		await expect(map.getAttribute('aria-valuetext')).resolves.toMatch(
			new RegExp(`^${firstName} \\(`)
		);
		// One tab stop: the next Tab leaves the map for the card after it.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.map-frame'))).toBeNull();

		// Sorting the table by name re-orders it at once and is kept in the address.
		await page.locator('#travel-map-tab-table').click();
		await page.locator('[data-testid="travel-table"] [data-sort="name"]').click();
		expect(new URL(page.url()).searchParams.get('sort')).toBe('name');
		const names = await page
			.locator('[data-testid="travel-table"] tbody tr th')
			.evaluateAll((ths) => ths.slice(0, 3).map((th) => th.firstChild!.textContent!.trim()));
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

		// The area search finds an LSOA and reads out its details.
		await page.locator('#travel-map-tab-chart').click();
		await page.fill('#travel-search', 'Basildon 001A');
		await page.locator('.map-search button').click();
		await expect(page.locator('.map-search-result').textContent()).resolves.toMatch(
			/^Basildon 001A \(Basildon and Brentwood\), IMD decile \d+: [\d.]+ min by car to .+ \(modelled\)$/
		);
		await page.context().close();
	});
});
