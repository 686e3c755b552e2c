/**
 * The overview as the programme board reads it, in Debian Chromium: one tile per KPI in the
 * registry, grouped by the strategy's themes, each SPC icon with its meaning in text, the same
 * measures as a summary table, and the locality filter applied to every tile.
 */
import { describe, expect, it } from 'vitest';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { KPI_IDS } from '../../src/lib/kpis/kpiIds';

const dashboard = useDashboardInChromium();

describe('overview: headline measures', () => {
	it('shows one tile per registry entry by theme, icons with text, and the summary table', async () => {
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await page.goto(`${dashboard.server().origin}/`);
		const tiles = page.getByTestId('kpi-tiles');
		await tiles.waitFor();
		await expect(
			tiles
				.locator('[data-kpi]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi')).sort())
		).resolves.toEqual([...KPI_IDS].sort());
		await expect(tiles.locator('section[data-theme] h3').allTextContents()).resolves.toEqual([
			'Menstrual health and gynaecological conditions',
			'Contraception offer',
			'Pelvic floor health',
			"Women's health hubs"
		]);

		// Every icon says what it means in text: the gynaecological list has an SPC reading.
		const waiting = tiles.locator('[data-kpi="gynae_larc_waiting"]');
		const icon = waiting.locator('li[data-icon]').first();
		const iconText = icon.locator('> span');
		expect((await iconText.textContent())?.trim()).toMatch(/^Variation: /);
		await expect(icon.locator('svg').getAttribute('aria-hidden')).resolves.toBe('true');
		await expect(waiting.getByTestId('kpi-trend').textContent()).resolves.toMatch(
			/^Trend, November 2023 to October 2026: lowest [\d,]+, highest [\d,]+\.$/
		);
		await expect(waiting.getByTestId('kpi-change').textContent()).resolves.toMatch(
			/(Up|Down) [\d,]+ from September 2026 \([\d,]+\)|No change from September 2026/
		);
		await expect(waiting.locator('svg.sparkline').count()).resolves.toBe(1);

		// The summary table: one row per KPI, with the icons' meanings in text.
		await page.getByRole('tab', { name: 'Summary report' }).click();
		const table = page.getByTestId('kpi-summary-table');
		await expect(table.isVisible()).resolves.toBe(true);
		await expect(table.locator('tbody tr').count()).resolves.toBe(KPI_IDS.length);
		const row = table.locator('tr[data-kpi-row="gynae_larc_within_target"]');
		await expect(row.locator('td').nth(1).textContent()).resolves.toBe('92%');
		const icons = await row.locator('li[data-icon] > span').allTextContents();
		expect(icons.map((t) => t.trim())).toEqual([
			expect.stringMatching(/^Variation: /),
			expect.stringMatching(/^Assurance: /)
		]);
		await expect(
			table.locator('tr[data-kpi-row="fds_gynaecology"] td').nth(2).textContent()
		).resolves.toBe('No SPC reading');

		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('applies the locality to every tile, saying which measures are not published by locality', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/?locality=thurrock`);
		await page.getByTestId('kpi-tiles').waitFor();
		await expect(
			page.getByRole('heading', { level: 2, name: 'Headline measures for Thurrock' }).count()
		).resolves.toBe(1);
		const fds = page.locator('[data-testid="kpi-tiles"] [data-kpi="fds_gynaecology"]');
		await expect(fds.getByTestId('kpi-area-note').textContent()).resolves.toBe(
			'Shown for the whole ICB: not published by locality.'
		);
		const share = page.locator('[data-testid="kpi-tiles"] [data-kpi="gynae_larc_community_share"]');
		await expect(share.getByTestId('kpi-area-note').count()).resolves.toBe(0);
		await expect(
			share.getByRole('link', { name: /See the detail/ }).getAttribute('href')
		).resolves.toContain('locality=thurrock');
		expect(await axeViolations(page)).toEqual([]);
	});
});
