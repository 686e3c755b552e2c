/**
 * The foundation journey in Debian Chromium: open the home page for a locality chosen in the
 * URL, wait for the chart, and check the table shows exactly the figures native DuckDB
 * computes from the same Parquet files. Every request off our own origin is refused.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { suppressCount } from '../../src/lib/stats/disclosure';

const LOCALITY = 'Mid Essex';
const LOCALITY_SLUG = 'mid-essex';

const dashboard = useDashboardInChromium();

async function expectedWaitingList(): Promise<Map<string, number>> {
	const native = await openNativeDuckdb();
	const rows = await native.rows(`
		SELECT strftime(last_day(d), '%Y-%m-%d') AS month_end, r.reason,
			count(*) FILTER (WHERE r.request_date <= last_day(d)
				AND (r.fit_date IS NULL OR r.fit_date > last_day(d))
				AND (r.removal_date IS NULL OR r.removal_date > last_day(d)))::INTEGER AS waiting
		FROM (SELECT DISTINCT date_trunc('month', request_date) AS d FROM 'static/data/larc_requests.parquet')
		CROSS JOIN 'static/data/larc_requests.parquet' r
		JOIN 'static/data/practices.parquet' p USING (practice_code)
		WHERE p.locality = '${LOCALITY}'
		GROUP BY ALL`);
	native.close();
	return new Map(rows.map((r) => [`${r.month_end}|${r.reason}`, Number(r.waiting)]));
}

/** Gynaecological LARC list for the whole ICB at each month end of the extract's window. */
async function expectedWaitingListIcb(): Promise<Map<string, number>> {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	const { from, to } = manifest.datasets.find(
		(d: { name: string }) => d.name === 'larc_requests'
	).period;
	const native = await openNativeDuckdb();
	const rows = await native.rows(`
		SELECT strftime(m, '%Y-%m-%d') AS month_end,
			count(*) FILTER (WHERE r.request_date <= m
				AND coalesce(r.fit_date, DATE '9999-12-31') > m
				AND coalesce(r.removal_date, DATE '9999-12-31') > m)::INTEGER AS waiting
		FROM (SELECT DISTINCT last_day(request_date) AS m FROM 'static/data/larc_requests.parquet'
			WHERE request_date BETWEEN DATE '${from}' AND DATE '${to}')
		CROSS JOIN 'static/data/larc_requests.parquet' r
		WHERE r.reason = 'gynaecological'
		GROUP BY ALL`);
	native.close();
	return new Map(rows.map((r) => [String(r.month_end), Number(r.waiting)]));
}

describe('home page: LARC waiting list', () => {
	it('shows the DuckDB figures for a locality chosen in the URL, offline and accessibly', async () => {
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		const started = Date.now();
		await page.goto(`${dashboard.server().origin}/?locality=${LOCALITY_SLUG}`);
		await page.locator('[data-testid="waiting-list-chart"] path').first().waitFor();
		const chartDrawnMs = Date.now() - started;

		await expect(page.locator('#locality').inputValue()).resolves.toBe(LOCALITY);
		await expect(page.getByText('Synthetic demonstration data').first().isVisible()).resolves.toBe(
			true
		);
		// One line per reason panel: only the chosen locality is drawn.
		await expect(
			page.locator('[data-testid="waiting-list-chart"] .lines path').count()
		).resolves.toBe(2);

		// Switch to the table by keyboard: focus the Chart tab, then the right arrow.
		await page.getByRole('tab', { name: 'Chart' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(
			page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')
		).resolves.toBe('true');

		const shown = await page
			.locator('[data-testid="waiting-list-table"] tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => ({
					month: tr.getAttribute('data-month'),
					area: tr.getAttribute('data-area'),
					gynaecological: tr.querySelector('[data-reason="gynaecological"]')?.textContent,
					contraceptive: tr.querySelector('[data-reason="contraceptive"]')?.textContent
				}))
			);
		const expected = await expectedWaitingList();
		expect(shown).toHaveLength(36);
		// Counts are shown under disclosure control: 1–7 as *, others to the nearest 5.
		const published = (n: number | undefined) => suppressCount(n ?? 0);
		const parse = (text: string | null | undefined) => (text ?? '').replace(/,/g, '');
		for (const row of shown) {
			expect(row.area).toBe(LOCALITY);
			expect(parse(row.gynaecological), `${row.month} gynae`).toBe(
				published(expected.get(`${row.month}|gynaecological`))
			);
			expect(parse(row.contraceptive), `${row.month} contra`).toBe(
				published(expected.get(`${row.month}|contraceptive`))
			);
		}
		expect(shown.some((r) => Number(parse(r.gynaecological)) > 0)).toBe(true);

		const summary = await page.locator('#waiting-list-summary').textContent();
		expect(summary).toContain(`in ${LOCALITY}:`);

		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);

		mkdirSync('test-results', { recursive: true });
		writeFileSync('test-results/home-timing.json', JSON.stringify({ chartDrawnMs }, null, 2));
	});

	it('shows the headline KPIs, real ones exactly as published', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/`);
		const tiles = page.getByTestId('kpi-tiles');
		await tiles.waitFor();
		// July 2024, suspected gynaecological cancer, urgent suspected cancer route: 361 of 614.
		const fds = tiles.locator('[data-kpi="fds_gynaecology"]');
		await expect(fds.getByTestId('kpi-value').textContent()).resolves.toBe('58.8%');
		await expect(fds.textContent()).resolves.toContain('361 of 614 patients');
		await expect(fds.textContent()).resolves.toContain('Published data');
		const waiting = tiles.locator('[data-kpi="gynae_larc_waiting"]');
		await expect(waiting.textContent()).resolves.toContain('Synthetic demonstration data');
		const latest = [...(await expectedWaitingListIcb()).entries()].sort().at(-1)!;
		await expect(waiting.getByTestId('kpi-value').textContent()).resolves.toBe(
			Number(suppressCount(latest[1])).toLocaleString('en-GB')
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('moves the locality filter into the URL when the user changes it', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/`);
		await page.locator('[data-testid="waiting-list-chart"] path').first().waitFor();
		await expect(
			page.locator('[data-testid="waiting-list-chart"] .lines path').count()
		).resolves.toBe(8);
		await page.selectOption('#locality', 'Thurrock');
		await page.waitForURL(/\?locality=thurrock$/);
		await page.locator('[data-testid="waiting-list-ready"][data-locality="Thurrock"]').waitFor();
		await expect(
			page.locator('[data-testid="waiting-list-chart"] .lines path').count()
		).resolves.toBe(2);
	});
});
