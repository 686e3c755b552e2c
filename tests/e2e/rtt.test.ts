/**
 * The gynaecology RTT page in Debian Chromium, offline: opened for September 2025 through the URL,
 * its tables must show the figures printed in the published RTT file (within 18 weeks, over 52
 * weeks, completed, median), its tabs and histogram work by keyboard, the CSV download holds the
 * same figures, axe finds nothing, and no request leaves the dashboard's origin.
 */
import { describe, expect, it } from 'vitest';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { parseCsv, publishedNumber, readReferenceCsv } from '../support/rawCsv';
import { openNativeDuckdb } from '../support/nativeDuckdb';

const dashboard = useDashboardInChromium();

/** The gynaecology row of the published admitted file for September 2025, as printed. */
function publishedAdmittedSeptember() {
	const row = readReferenceCsv('rtt_raj_completed_admitted_2025-09.csv').find(
		(r) => r.Treatment_function_code === 'C_502'
	)!;
	return {
		completed: publishedNumber(row.completed_pathways),
		within18: publishedNumber(row.wait_0_18),
		over52: publishedNumber(row.wait_52_plus),
		median: row.median_wait.trim(),
		firstBand: publishedNumber(row['>0-1'])
	};
}

describe('gynaecology RTT page', () => {
	it('shows the published September 2025 figures, offline and accessibly', async () => {
		const published = publishedAdmittedSeptember();
		expect(published).toMatchObject({ completed: 223, within18: 91, over52: 95, median: '46.5' });

		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await page.goto(`${dashboard.server().origin}/rtt?month=2025-09`);
		await page.locator('[data-testid="rtt-ready"][data-month="2025-09-01"]').waitFor();
		await page.locator('[data-testid="rtt-distribution-chart"] rect').first().waitFor();
		await expect(page.locator('#month').inputValue()).resolves.toBe('2025-09-01');
		await expect(page.locator('#rtt-monthly-title + .data-kind').textContent()).resolves.toBe(
			'Published data'
		);

		// The histogram reads its bands out by keyboard: Home is the first band.
		const histogram = page.getByRole('slider', { name: /^Histogram: admitted/ });
		await histogram.focus();
		await page.keyboard.press('Home');
		await expect(histogram.getAttribute('aria-valuetext')).resolves.toBe(
			`more than 0 and up to 1 weeks: ${published.firstBand}`
		);

		// Chart → Table by keyboard on the month-on-month card.
		await page.locator('#rtt-monthly-tab-chart').focus();
		await page.keyboard.press('ArrowRight');
		await expect(
			page.locator('#rtt-monthly-tab-table').getAttribute('aria-selected')
		).resolves.toBe('true');
		const row = page.locator(
			'[data-testid="rtt-monthly-table"] tr[data-month="2025-09-01"][data-pathway="admitted"]'
		);
		const text = (column: string) => row.locator(`[data-column="${column}"]`).textContent();
		await expect(text('completed')).resolves.toBe(String(published.completed));
		await expect(text('within18')).resolves.toBe(String(published.within18));
		await expect(text('over52')).resolves.toBe(String(published.over52));
		await expect(text('median')).resolves.toBe(published.median);
		await expect(text('share')).resolves.toBe(
			`${((published.within18 / published.completed) * 100).toFixed(1)}%`
		);

		// Table → Download by keyboard; the CSV holds the same figures.
		await page.keyboard.press('ArrowRight');
		const href = await page
			.locator('#rtt-monthly-panel-download a.download-link')
			.getAttribute('href');
		const [header, ...records] = parseCsv(decodeURIComponent(href!.slice(href!.indexOf(',') + 1)));
		const record = records
			.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])))
			.find((r) => r.month === '2025-09-01' && r.pathway === 'admitted');
		expect(record).toMatchObject({
			completed_pathways: '223',
			within_18_weeks: '91',
			over_52_weeks: '95',
			percent_within_18_weeks: '40.8',
			median_weeks_estimated: '46.5'
		});

		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('shows the latest month by default and reports a month with no data', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/rtt?month=2024-01`);
		await page.locator('[data-testid="rtt-ready"][data-month="2025-11-01"]').waitFor();
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'"2024-01" is not a month'
		);
		await page.selectOption('#month', '2025-10-01');
		await page.waitForURL(/\?month=2025-10$/);
		await page.locator('[data-testid="rtt-ready"][data-month="2025-10-01"]').waitFor();
	});

	it("summarises the month-on-month trend, not the weeks-waited card's month", async () => {
		// Independently: the share within 18 weeks, first and last month, by pathway.
		const native = await openNativeDuckdb();
		const rows = await native.rows(`
			SELECT strftime(period, '%Y-%m-%d') AS period, pathway,
				sum(patients) FILTER (WHERE weeks_to <= 18) / sum(patients) AS share
			FROM 'static/data/rtt_completed.parquet' WHERE treatment_function_code = 'C_502'
			GROUP BY ALL ORDER BY period, pathway`);
		native.close();
		const share = (period: string, pathway: string) =>
			Number(rows.find((r) => r.period === period && r.pathway === pathway)!.share);
		const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
		const points = (from: number, to: number) => Math.abs(Math.round((to - from) * 1000) / 10);
		const [a0, a1] = [share('2025-09-01', 'admitted'), share('2025-11-01', 'admitted')];
		const [n0, n1] = [share('2025-09-01', 'non_admitted'), share('2025-11-01', 'non_admitted')];
		// 91/223 → 86/189 and 965/1658 → 1015/1806.
		expect([pct(a0), pct(a1), pct(n0), pct(n1)]).toEqual(['40.8%', '45.5%', '58.2%', '56.2%']);

		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/rtt?month=2025-11`);
		await page.locator('[data-testid="rtt-ready"][data-month="2025-11-01"]').waitFor();
		const monthly = (await page.locator('#rtt-monthly-summary').textContent())!;
		const distribution = (await page.locator('#rtt-distribution-summary').textContent())!;
		expect(monthly).not.toBe(distribution);
		expect(monthly).toContain('September 2025 to November 2025');
		expect(monthly).toContain(
			`admitted ${pct(a0)} to ${pct(a1)} (up ${points(a0, a1).toFixed(1)} percentage points`
		);
		expect(monthly).toContain(
			`non-admitted ${pct(n0)} to ${pct(n1)} (down ${points(n0, n1).toFixed(1)} percentage points`
		);
		expect(distribution).toContain('November 2025');
	});
});
