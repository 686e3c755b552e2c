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
import { expectedDay, pessaryExpected } from './support/pessaryExpected';

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

/** The LARC extract's reporting window, as the data build recorded it. */
function larcPeriod(): { from: string; to: string } {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	return manifest.datasets.find((d: { name: string }) => d.name === 'larc_requests').period;
}

/** Gynaecological LARC list for the whole ICB at each month end of the extract's window. */
async function expectedWaitingListIcb(): Promise<Map<string, number>> {
	const { from, to } = larcPeriod();
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

		await expect(page.locator('#locality').inputValue()).resolves.toBe(LOCALITY_SLUG);
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

		// Ring pessary: changes overdue past the 4-week grace period, first fits waiting apart.
		const pessary = tiles.locator('[data-kpi="pessary_changes_overdue"]');
		const expected = await pessaryExpected();
		const published = (n: number) => Number(suppressCount(n)).toLocaleString('en-GB');
		await expect(pessary.getByTestId('kpi-value').textContent()).resolves.toBe(
			published(expected.changesOverdue)
		);
		const text = (await pessary.textContent()) ?? '';
		expect(text).toContain(
			`Routine changes more than 4 weeks past due and not done, of ${published(expected.changesDue)} ` +
				`due by ${expectedDay(expected.dueBy)}.`
		);
		expect(text).toContain(
			`First fits waiting (not counted as overdue): ${published(expected.firstFitsWaiting)}.`
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('dates every tile and flags those older than the board month', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/`);
		const tiles = page.getByTestId('kpi-tiles');
		await tiles.waitFor();
		// The board month is the LARC extract's last month, as the manifest records it.
		const { to } = larcPeriod();
		expect(to.slice(0, 7)).toBe('2026-10');
		await expect(page.getByTestId('board-month').textContent()).resolves.toContain(
			'Board month: October 2026'
		);
		// Cancer: July 2024 is 2 years and 3 months before October 2026.
		const fds = tiles.locator('[data-kpi="fds_gynaecology"]');
		await expect(fds.getByTestId('kpi-period').textContent()).resolves.toBe('July 2024');
		await expect(fds.getByTestId('kpi-stale').textContent()).resolves.toBe(
			'Latest published: July 2024 — 27 months old'
		);
		// RTT: November 2025 is 11 months before October 2026.
		const rtt = tiles.locator('[data-kpi="rtt_gynaecology_within_18_weeks"]');
		await expect(rtt.getByTestId('kpi-stale').textContent()).resolves.toBe(
			'Latest published: November 2025 — 11 months old'
		);
		// The synthetic tiles are the board month's own.
		const waiting = tiles.locator('[data-kpi="gynae_larc_waiting"]');
		await expect(waiting.getByTestId('kpi-period').textContent()).resolves.toBe('October 2026');
		await expect(waiting.getByTestId('kpi-stale').count()).resolves.toBe(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('links the community share tile to the same three months on /larc, at the card', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/`);
		const tile = page.locator('[data-kpi="gynae_larc_community_share"]');
		await tile.waitFor();
		const shown = await tile.getByTestId('kpi-value').textContent();
		await expect(tile.getByTestId('kpi-period').textContent()).resolves.toBe(
			'August 2026 to October 2026'
		);
		// Native DuckDB over the Parquet: gynaecological fits in community settings, Aug–Oct 2026.
		const native = await openNativeDuckdb();
		const [{ share }] = await native.rows(`
			SELECT count(*) FILTER (WHERE setting IN ('primary_care', 'hub')) / count(*) AS share
			FROM 'static/data/larc_requests.parquet'
			WHERE reason = 'gynaecological' AND fit_date BETWEEN DATE '2026-08-01' AND DATE '2026-10-31'`);
		native.close();
		const expected = `${(Number(share) * 100).toFixed(1)}%`;
		expect(shown).toBe(expected);

		await tile.getByRole('link', { name: /See the detail/ }).click();
		await page.waitForURL(/\/larc\?/);
		const url = new URL(page.url());
		expect(url.searchParams.get('from')).toBe('2026-08');
		expect(url.searchParams.get('to')).toBe('2026-10');
		expect(url.searchParams.get('reason')).toBe('gynaecological');
		expect(url.searchParams.get('measure')).toBe('count');
		expect(url.hash).toBe('#community-share');
		await page.locator('[data-testid="larc-ready"][data-loading="false"]').waitFor();
		const card = page.locator('#community-share');
		await expect(card.locator('.summary').textContent()).resolves.toContain(
			`August 2026 to October 2026, ${expected} of gynaecological LARC fits`
		);
		// The link lands on the card, not the top of the page.
		await expect
			.poll(() => card.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
			.toBeLessThan(100);
	});

	it("links every other tile to a detail card showing the tile's own figure", async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/`);
		await page.getByTestId('kpi-tiles').waitFor();
		const tile = async (id: string) => {
			const t = page.locator(`[data-kpi="${id}"]`);
			return {
				value: (await t.getByTestId('kpi-value').textContent()) ?? '',
				reading: (await t.locator('.kpi-reading').textContent()) ?? '',
				href: (await t.getByRole('link', { name: /See the detail/ }).getAttribute('href')) ?? ''
			};
		};
		const tiles = {
			gynae: await tile('gynae_larc_waiting'),
			within: await tile('gynae_larc_within_target'),
			contra: await tile('contraceptive_larc_waiting'),
			fds: await tile('fds_gynaecology'),
			rtt: await tile('rtt_gynaecology_within_18_weeks')
		};
		const origin = dashboard.server().origin;

		/** The last row of the SPC card's table: the month the tile reports. */
		async function lastSpcRow(href: string) {
			await page.goto(`${origin}${href}`);
			await page.locator('[data-testid="larc-ready"][data-loading="false"]').waitFor();
			const card = page.locator('#larc-spc');
			await card.getByRole('tab', { name: 'Table' }).click();
			return card.locator('tbody tr').last().locator('td').allTextContents();
		}
		expect(tiles.gynae.href).toContain('reason=gynaecological');
		const [gynaeWaiting] = await lastSpcRow(tiles.gynae.href);
		expect(gynaeWaiting).toBe(tiles.gynae.value);
		const [, , withinShare] = await lastSpcRow(tiles.within.href);
		expect(withinShare).toBe(tiles.within.value);
		expect(tiles.contra.href).toContain('reason=contraceptive');
		const [contraWaiting] = await lastSpcRow(tiles.contra.href);
		expect(contraWaiting).toBe(tiles.contra.value);

		await page.goto(`${origin}${tiles.fds.href}`);
		await page.getByTestId('cancer-ready').waitFor();
		await expect(page.locator('#fds .summary').textContent()).resolves.toContain(tiles.fds.value);

		// RTT: the tile adds the two pathways the month's card reports separately.
		expect(tiles.rtt.href).toContain('month=2025-11');
		await page.goto(`${origin}${tiles.rtt.href}`);
		await page.locator('[data-testid="rtt-ready"][data-month="2025-11-01"]').waitFor();
		const summary = (await page.locator('#rtt-distribution .summary').textContent()) ?? '';
		const pairs = [...summary.matchAll(/([\d,]+) of ([\d,]+)/g)].map((m) =>
			m.slice(1, 3).map((n) => Number(n.replace(/,/g, '')))
		);
		expect(pairs).toHaveLength(2);
		const [within, completed] = [pairs[0][0] + pairs[1][0], pairs[0][1] + pairs[1][1]];
		expect(tiles.rtt.reading).toContain(
			`${within.toLocaleString('en-GB')} of ${completed.toLocaleString('en-GB')}`
		);
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
