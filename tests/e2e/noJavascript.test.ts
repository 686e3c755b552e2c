/**
 * The overview with JavaScript switched off, in Debian Chromium: every figure comes from the
 * server's HTML. Each headline tile shows its figure (the LARC lists equal to native DuckDB over
 * the built Parquet, the Faster Diagnosis Standard as NHS England published it); the waiting-list
 * chart is drawn; its table, download and About text are all readable without choosing a tab;
 * the CSV downloads; the locality filter works as a plain form; and an unknown page says so.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { parseCsv } from '../support/rawCsv';
import { suppressCount } from '../../src/lib/stats/disclosure';

const dashboard = useDashboardInChromium();

/** The last month end of the LARC extract, as the data build recorded its period. */
function lastMonthEnd(): string {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	return manifest.datasets.find((d: { name: string }) => d.name === 'larc_requests').period.to;
}

/** Women on each list at `monthEnd`, by locality and reason, worked out from the Parquet. */
async function waitingAt(monthEnd: string) {
	const native = await openNativeDuckdb();
	const rows = await native.rows(`
		SELECT p.locality, r.reason, count(*)::INTEGER AS waiting
		FROM 'static/data/larc_requests.parquet' r
		JOIN 'static/data/practices.parquet' p USING (practice_code)
		WHERE r.request_date <= DATE '${monthEnd}'
			AND coalesce(r.fit_date, DATE '9999-12-31') > DATE '${monthEnd}'
			AND coalesce(r.removal_date, DATE '9999-12-31') > DATE '${monthEnd}'
		GROUP BY ALL`);
	native.close();
	const count = (locality: string | null, reason: string) =>
		rows
			.filter((r) => (locality === null || r.locality === locality) && r.reason === reason)
			.reduce((sum, r) => sum + Number(r.waiting), 0);
	return count;
}

/** A count as the dashboard shows it: 1–7 as *, others to the nearest 5, with separators. */
const shown = (n: number) => {
	const published = suppressCount(n);
	return published === '*' ? '*' : Number(published).toLocaleString('en-GB');
};

async function openWithoutJavascript(path: string) {
	const { page, foreignRequests } = await openOfflinePage(
		dashboard.browser(),
		dashboard.server().origin,
		undefined,
		{ javaScriptEnabled: false }
	);
	await page.goto(`${dashboard.server().origin}${path}`);
	return { page, foreignRequests };
}

describe('the overview without JavaScript', () => {
	it('shows every headline figure, the LARC lists as native DuckDB counts them', async () => {
		const { page, foreignRequests } = await openWithoutJavascript('/');
		const tiles = page.getByTestId('kpi-tiles');
		const values = await tiles.getByTestId('kpi-value').allTextContents();
		expect(values).toHaveLength(10);
		// A count, a share or a ratio, or the hubs' requirements met ("3 of 3").
		for (const value of values) expect(value).toMatch(/^([\d,.]+%?|\d of \d)$/);

		const count = await waitingAt(lastMonthEnd());
		const tile = (id: string) => tiles.locator(`[data-kpi="${id}"]`);
		await expect(tile('gynae_larc_waiting').getByTestId('kpi-value').textContent()).resolves.toBe(
			shown(count(null, 'gynaecological'))
		);
		await expect(
			tile('contraceptive_larc_waiting').getByTestId('kpi-value').textContent()
		).resolves.toBe(shown(count(null, 'contraceptive')));

		// July 2024, suspected gynaecological cancer, urgent suspected cancer route: 361 of 614.
		const fds = tile('fds_gynaecology');
		await expect(fds.getByTestId('kpi-value').textContent()).resolves.toBe('58.8%');
		await expect(fds.textContent()).resolves.toContain('361 of 614 patients');
		await expect(page.getByTestId('board-month').textContent()).resolves.toContain(
			'Board month: October 2026'
		);
		expect(foreignRequests).toEqual([]);
	});

	it('is accessible as shown without JavaScript', async () => {
		// axe needs JavaScript to run, so the page is opened with it on but the dashboard's own
		// scripts refused, and without the `js` class app.html sets: the no-JavaScript layout.
		const { origin } = dashboard.server();
		const page = await (await dashboard.browser().newContext()).newPage();
		await page.route('**/*', (route) => {
			const url = route.request().url();
			return url.startsWith(origin) && !url.endsWith('.js') ? route.continue() : route.abort();
		});
		await page.goto(`${origin}/`);
		await page.evaluate(() => document.documentElement.classList.remove('js'));
		await expect(page.getByRole('tablist').isVisible()).resolves.toBe(false);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('draws the chart and shows its table, download and About text without a tab to choose', async () => {
		const { page } = await openWithoutJavascript('/');
		const card = page.locator('section[aria-labelledby="waiting-list-title"]');

		// One line per locality in each reason's chart, drawn on the server.
		await expect(
			card.locator('[data-testid="waiting-list-chart"] .lines path').count()
		).resolves.toBe(8);
		// The tabs would do nothing: they are hidden, and each panel is shown under its heading.
		await expect(card.getByRole('tablist').isVisible()).resolves.toBe(false);
		for (const heading of ['Chart', 'Table', 'Download', 'About']) {
			await expect(
				card
					.getByRole('tabpanel', { name: heading })
					.getByRole('heading', { name: heading })
					.isVisible()
			).resolves.toBe(true);
		}

		const table = card.getByRole('table', { name: /Women waiting for a LARC fit at month end/ });
		await expect(table.isVisible()).resolves.toBe(true);
		const monthEnd = lastMonthEnd();
		const lastRows = await table.locator(`tbody tr[data-month="${monthEnd}"]`).evaluateAll((trs) =>
			trs.map((tr) => ({
				area: tr.getAttribute('data-area'),
				gynaecological: tr.querySelector('[data-reason="gynaecological"]')?.textContent,
				contraceptive: tr.querySelector('[data-reason="contraceptive"]')?.textContent
			}))
		);
		const count = await waitingAt(monthEnd);
		expect(lastRows.map((r) => r.area)).toEqual([
			'Basildon and Brentwood',
			'Mid Essex',
			'South East Essex',
			'Thurrock'
		]);
		for (const row of lastRows) {
			expect(row.gynaecological, `${row.area} gynae`).toBe(
				shown(count(row.area, 'gynaecological'))
			);
			expect(row.contraceptive, `${row.area} contra`).toBe(shown(count(row.area, 'contraceptive')));
		}
		await expect(card.getByRole('tabpanel', { name: 'About' }).textContent()).resolves.toContain(
			'synthetic demonstration data'
		);

		// The download is a plain link in the server's HTML: it saves the same figures.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			card.locator('a.download-link').click()
		]);
		expect(download.suggestedFilename()).toMatch(/^larc-waiting-list_mid-and-south-essex_/);
		const [header, ...records] = parseCsv(
			readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')
		).filter((r) => r.length > 1);
		const column = (name: string) => header.indexOf(name);
		const thurrock = records.find(
			(r) => r[column('month_end')] === monthEnd && r[column('area')] === 'Thurrock'
		)!;
		expect(thurrock[column('waiting_gynaecological')]).toBe(
			suppressCount(count('Thurrock', 'gynaecological'))
		);
	});

	it('applies the locality filter as a plain form', async () => {
		const { page } = await openWithoutJavascript('/');
		await page.selectOption('#locality', 'thurrock');
		await Promise.all([
			page.waitForURL(/locality=thurrock/),
			page.getByRole('button', { name: 'Apply' }).click()
		]);
		await expect(page.locator('#locality').inputValue()).resolves.toBe('thurrock');
		await expect(page.getByRole('status').textContent()).resolves.toBe(
			'Showing the headline measures and the LARC waiting list for Thurrock.'
		);
		await expect(
			page.locator('[data-testid="waiting-list-chart"] .lines path').count()
		).resolves.toBe(2);
		const areas = await page
			.locator('[data-testid="waiting-list-table"] tbody tr')
			.evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-area')))]);
		expect(areas).toEqual(['Thurrock']);
	});

	it('says when a page does not exist, with a way back to the overview', async () => {
		const { page } = await openWithoutJavascript('/no-such-page');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Page not found'
		);
		await expect(page.getByRole('alert').textContent()).resolves.toContain('Error 404');
		await page.getByRole('link', { name: 'Go to the overview' }).click();
		await page.getByTestId('kpi-tiles').waitFor();
	});
});
