/**
 * The board's LARC page in Debian Chromium: filters from the URL, figures equal to native DuckDB
 * on the same Parquet, keyboard tabs, a CSV download with disclosure control, and WCAG checks.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { parseCsv } from '../support/rawCsv';
import { suppressCount } from '../../src/lib/stats/disclosure';

const dashboard = useDashboardInChromium();

/** Gynaecological requests in Thurrock still waiting at the extract's last day, by native DuckDB. */
async function thurrockGynaeWaiting(): Promise<number> {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	const asAt = manifest.datasets.find((d: { name: string }) => d.name === 'larc_requests').period
		.to;
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		SELECT count(*)::INTEGER AS n
		FROM 'static/data/larc_requests.parquet' r JOIN 'static/data/practices.parquet' p USING (practice_code)
		WHERE p.locality = 'Thurrock' AND r.reason = 'gynaecological' AND r.request_date <= DATE '${asAt}'
			AND coalesce(r.fit_date, DATE '9999-12-31') > DATE '${asAt}'
			AND coalesce(r.removal_date, DATE '9999-12-31') > DATE '${asAt}'`);
	native.close();
	return Number(row.n);
}

/** Gynaecological requests from Thurrock's most deprived quintile in the extract's window. */
async function thurrockGynaeRequestsMostDeprived(): Promise<number> {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	const { from, to } = manifest.datasets.find(
		(d: { name: string }) => d.name === 'larc_requests'
	).period;
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		SELECT count(*)::INTEGER AS n
		FROM 'static/data/larc_requests.parquet' r
		JOIN 'static/data/practices.parquet' p USING (practice_code)
		JOIN 'static/data/geography_lsoa.parquet' g USING (lsoa21_code)
		WHERE p.locality = 'Thurrock' AND r.reason = 'gynaecological' AND g.imd25_quintile = 1
			AND r.request_date >= DATE '${from}' AND r.request_date <= DATE '${to}'`);
	native.close();
	return Number(row.n);
}

async function openLarc(page: Page, query: string) {
	await page.goto(`${dashboard.server().origin}/larc${query}`);
	await page
		.locator('[data-testid="larc-ready"][data-loading="false"] .lines path')
		.first()
		.waitFor();
}

describe('/larc: LARC backlog, pessary care and hub capacity', () => {
	it('shows the query figures for a locality and reason chosen in the URL', async () => {
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await openLarc(page, '?locality=thurrock&reason=gynaecological');
		await expect(
			page.locator('[data-testid="larc-ready"]').getAttribute('data-area')
		).resolves.toBe('Thurrock');
		await expect(page.locator('#locality').inputValue()).resolves.toBe('thurrock');
		await expect(
			page.getByText('Synthetic demonstration data').count()
		).resolves.toBeGreaterThanOrEqual(6);

		// Waits card: switch to its table by keyboard.
		const waits = page.locator('section[aria-labelledby="waits-title"]');
		await waits.getByRole('tab', { name: 'Chart' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(
			waits.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')
		).resolves.toBe('true');
		const shown = await waits
			.locator('tr[data-reason="gynaecological"][data-status="waiting"] [data-field="patients"]')
			.textContent();
		expect(shown?.replace(/,/g, '')).toBe(suppressCount(await thurrockGynaeWaiting()));

		// Only the chosen area's total is shown, never another locality.
		const areas = await waits.locator('tbody th[scope="row"]').allTextContents();
		expect(new Set(areas)).toEqual(new Set(['Thurrock']));

		// Inequalities: requests from the most deprived fifth, as native DuckDB counts them.
		const deprivation = page.locator('section[aria-labelledby="deprivation-title"]');
		await deprivation.getByRole('tab', { name: 'Table' }).click();
		const mostDeprived = await deprivation
			.locator('tbody tr', { hasText: 'gynaecological' })
			.filter({ hasText: '1 (most deprived)' })
			.locator('td.number')
			.first()
			.textContent();
		expect(mostDeprived?.replace(/,/g, '')).toBe(
			suppressCount(await thurrockGynaeRequestsMostDeprived())
		);

		// SPC reading is written out in words.
		await expect(page.getByTestId('spc-reading').first().textContent()).resolves.toMatch(
			/variation|Special cause/
		);

		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('downloads the CSV with counts under disclosure control', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, '?reason=gynaecological');
		const card = page.locator('section[aria-labelledby="queue-title"]');
		await card.getByRole('tab', { name: 'Download' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			card.locator('a.download-link').click()
		]);
		const csv = readFileSync((await download.path())!, 'utf8');
		const [header, ...lines] = parseCsv(csv.trim());
		expect(header).toContain('queue_size');
		const column = header.indexOf('queue_size');
		expect(lines).toHaveLength(10); // 4 localities + Mid and South Essex, × 2 reasons
		for (const line of lines) expect(line[column]).toMatch(/^(0|\*|\d*[05])$/);
	});

	it('redraws every card when a filter changes (time measured, not asserted)', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, '');
		const started = Date.now();
		await page.selectOption('#locality', 'mid-essex');
		await page.waitForURL(/locality=mid-essex/);
		await page
			.locator('[data-testid="larc-ready"][data-area="Mid Essex"][data-loading="false"]')
			.waitFor();
		const redrawMs = Date.now() - started;
		await expect(
			page.locator('section[aria-labelledby="waiting-list-title"] .lines path').count()
		).resolves.toBe(2);
		mkdirSync('test-results', { recursive: true });
		writeFileSync(
			'test-results/larc-timing.json',
			JSON.stringify({ filterChangeToRedrawMs: redrawMs }, null, 2)
		);
	});
});
