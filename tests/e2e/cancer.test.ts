/**
 * The cancer page in Debian Chromium, offline: opened for suspected gynaecological cancer through
 * the URL, it must show the published July 2024 Faster Diagnosis figures exactly (614 told, 361
 * within 28 days, 58.8%), as native DuckDB reads them from the same Parquet file; its tabs work by
 * keyboard; the CSV download holds the same figures; real and synthetic cards are labelled; axe
 * finds nothing; and no request leaves the dashboard's origin.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { parseCsv } from '../support/rawCsv';

const dashboard = useDashboardInChromium();

async function publishedFds(routeCondition: string, cancerCondition: string) {
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		SELECT sum(total)::INTEGER AS total, sum(within_standard)::INTEGER AS within
		FROM 'static/data/cancer_waiting_times.parquet'
		WHERE period = DATE '2024-07-01' AND standard = 'faster_diagnosis_28d'
			AND ${routeCondition} AND ${cancerCondition}`);
	native.close();
	return { total: Number(row.total), within: Number(row.within) };
}

async function cell(page: Page, table: string, measure: string, column: string) {
	return page
		.locator(`[data-testid="${table}"] tr[data-measure="${measure}"][data-month="2024-07-01"]`)
		.locator(`[data-column="${column}"]`)
		.textContent();
}

/** The CSV behind a card's download link, decoded from its data: URL. */
async function downloadedCsv(page: Page, cardId: string): Promise<string> {
	const href = await page.locator(`#${cardId}-panel a.download-link`).getAttribute('href');
	expect(href).toMatch(/^data:text\/csv;charset=utf-8,/);
	return decodeURIComponent(href!.slice(href!.indexOf(',') + 1));
}

describe('cancer page', () => {
	it('reproduces the published July 2024 gynaecology FDS figures, offline and accessibly', async () => {
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await page.goto(`${dashboard.server().origin}/cancer?cancer=gynaecological`);
		await page.locator('[data-testid="cancer-ready"][data-cancer="gynaecological"]').waitFor();
		await page.locator('[data-testid="fds-chart"] path').first().waitFor();
		await expect(page.locator('#cancer').inputValue()).resolves.toBe('gynaecological');

		// Real and synthetic figures are labelled, in separate sections.
		await expect(page.locator('[data-kind="real"]').count()).resolves.toBe(1);
		await expect(page.locator('[data-kind="synthetic"]').count()).resolves.toBe(1);
		await expect(page.locator('#usc-monthly-title + .data-kind').textContent()).resolves.toBe(
			'Synthetic demonstration data'
		);
		await expect(page.locator('#fds-title + .data-kind').textContent()).resolves.toBe(
			'Published data'
		);
		await page.locator('[data-testid="usc-monthly-chart"] [data-testid="spc-reading"]').waitFor();

		// Chart → Table by keyboard.
		await page.locator('#fds-tab-chart').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#fds-tab-table').getAttribute('aria-selected')).resolves.toBe(
			'true'
		);
		const expected = await publishedFds(
			"referral_route = 'urgent_suspected_cancer'",
			"cancer_type = 'Suspected gynaecological cancer'"
		);
		expect(expected).toEqual({ total: 614, within: 361 });
		await expect(cell(page, 'fds-table', 'fds-gynae-usc', 'total')).resolves.toBe(
			String(expected.total)
		);
		await expect(cell(page, 'fds-table', 'fds-gynae-usc', 'within')).resolves.toBe(
			String(expected.within)
		);
		await expect(cell(page, 'fds-table', 'fds-gynae-usc', 'share')).resolves.toBe(
			`${((expected.within / expected.total) * 100).toFixed(1)}%`
		);
		await expect(cell(page, 'fds-table', 'fds-gynae-usc', 'share')).resolves.toBe('58.8%');

		// Table → Download by keyboard; the CSV holds the same figures.
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#fds-tab-download').getAttribute('aria-selected')).resolves.toBe(
			'true'
		);
		const [header, ...records] = parseCsv(await downloadedCsv(page, 'fds'));
		const record = records
			.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])))
			.find((r) => r.month === '2024-07-01' && r.referral_route === 'Urgent suspected cancer');
		expect(record).toMatchObject({
			measure: 'Suspected gynaecological cancer, urgent suspected cancer route',
			patients: '614',
			within_standard: '361',
			percent_within: '58.8',
			ci95_lower_percent: '54.9',
			ci95_upper_percent: '62.6',
			standard_in_force: 'FDS 77% by March 2025 (2024/25 planning guidance)'
		});

		// The funnel plot reads out each PCN by keyboard.
		const funnel = page.getByRole('slider', { name: /Funnel plot: synthetic referral rate/ });
		await funnel.focus();
		await page.keyboard.press('Home');
		await expect(funnel.getAttribute('aria-valuetext')).resolves.toMatch(
			/per 100,000 women a year/
		);

		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('moves the cancer choice into the URL and shows all cancers', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/cancer`);
		await page.locator('[data-testid="cancer-ready"][data-cancer="gynaecological"]').waitFor();
		await page.selectOption('#cancer', 'all');
		await page.waitForURL(/\?cancer=all$/);
		await page.locator('[data-testid="cancer-ready"][data-cancer="all"]').waitFor();
		await page.locator('#fds-tab-table').click();
		const expected = await publishedFds("referral_route = 'all_routes'", 'cancer_type IS NULL');
		await expect(cell(page, 'fds-table', 'fds-all', 'total')).resolves.toBe(
			expected.total.toLocaleString('en-GB')
		);
		await expect(cell(page, 'fds-table', 'fds-all', 'within')).resolves.toBe('4,504');
	});
});
