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
import { suppressCount } from '../../src/lib/stats/disclosure';
import { expectedDay, expectedWindowLabel, pessaryExpected } from './support/pessaryExpected';

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

	it('shows pessary changes overdue and first fits waiting apart, over real windows', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, '');
		const expected = await pessaryExpected();
		const published = (n: number) => Number(suppressCount(n)).toLocaleString('en-GB');
		const share = (w: { community: number; all: number }) =>
			`${((100 * w.community) / w.all).toFixed(1)}%`;
		const [before, since] = [expected.before, expected.since];
		const card = page.locator('section[aria-labelledby="pessary-title"]');

		const summary = (await card.locator('#pessary-summary').textContent()) ?? '';
		expect(summary).toContain(`${share(since)} (95% CI`);
		expect(summary).toContain(`of ring pessary episodes from ${expectedWindowLabel(since)}`);
		expect(summary).toContain(`against ${share(before)} from ${expectedWindowLabel(before)}`);
		expect(summary).toContain(
			`${published(expected.changesOverdue)} routine changes were more than 4 weeks past due and not done ` +
				`(of ${published(expected.changesDue)} due by ${expectedDay(expected.dueBy)}), ` +
				`and ${published(expected.firstFitsWaiting)} women were waiting for a first fit.`
		);

		await card.getByRole('tab', { name: 'Table' }).click();
		// The partial first month of the extract is not in the monthly table.
		await expect(
			card.locator('[data-testid="pessary-table"] tbody th').first().textContent()
		).resolves.toBe(expected.firstCompleteMonth);
		const comparison = card.locator('[data-testid="pessary-comparison-table"]');
		for (const [phase, w] of [
			['before_hubs', before],
			['since_hubs', since]
		] as const) {
			const row = comparison.locator(`tr[data-phase="${phase}"]`);
			await expect(row.locator('[data-field="window"]').textContent()).resolves.toBe(
				expectedWindowLabel(w)
			);
			await expect(row.textContent()).resolves.toContain(share(w));
		}
		const icb = card.locator(
			'[data-testid="pessary-overdue-table"] tr[data-area="Mid and South Essex"]'
		);
		await expect(icb.locator('[data-field="changes-due"]').textContent()).resolves.toBe(
			published(expected.changesDue)
		);
		await expect(icb.locator('[data-field="changes-overdue"]').textContent()).resolves.toBe(
			published(expected.changesOverdue)
		);
		await expect(icb.locator('[data-field="first-fits-waiting"]').textContent()).resolves.toBe(
			published(expected.firstFitsWaiting)
		);
		expect(await axeViolations(page)).toEqual([]);

		await card.getByRole('tab', { name: 'About' }).click();
		const rule = (await card.getByTestId('pessary-overdue-rule').textContent()) ?? '';
		expect(rule).toContain('more than 4 weeks past its due date');
		expect(rule).toContain('local assumption');
		await expect(card.getByTestId('pessary-windows-rule').textContent()).resolves.toContain(
			`"Before" is ${expectedWindowLabel(before)}`
		);
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
		const [header, ...lines] = csv.trim().split('\r\n');
		expect(header.split(',')).toContain('queue_size');
		const column = header.split(',').indexOf('queue_size');
		expect(lines).toHaveLength(10); // 4 localities + Mid and South Essex, × 2 reasons
		for (const line of lines) expect(line.split(',')[column]).toMatch(/^(0|\*|\d*[05])$/);
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
