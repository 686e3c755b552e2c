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

/**
 * Gynaecological requests from Thurrock's most deprived quintile in the extract's window, from
 * women aged 15–64 (the ages of the gynaecological rate, data/README.md).
 */
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
			AND r.age_band IN ('15-24', '25-34', '35-44', '45-54', '55-64')
			AND r.request_date >= DATE '${from}' AND r.request_date <= DATE '${to}'`);
	native.close();
	return Number(row.n);
}

/**
 * The ICB's queue flows in the 13 weeks (91 days) to the extract's last day, by native DuckDB:
 * requests made, and requests that left the list by a fit or a removal without one.
 */
async function icbQueueFlows(reason: string) {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	const asAt = manifest.datasets.find((d: { name: string }) => d.name === 'larc_requests').period
		.to;
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		SELECT
			count(*) FILTER (WHERE request_date > DATE '${asAt}' - 91 AND request_date <= DATE '${asAt}')::INTEGER AS requests,
			count(*) FILTER (WHERE coalesce(fit_date, removal_date) > DATE '${asAt}' - 91
				AND coalesce(fit_date, removal_date) <= DATE '${asAt}')::INTEGER AS leaving
		FROM 'static/data/larc_requests.parquet' WHERE reason = '${reason}'`);
	native.close();
	return { requests: Number(row.requests), leaving: Number(row.leaving) };
}

function larcWindow(): { from: string; to: string } {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	return manifest.datasets.find((d: { name: string }) => d.name === 'larc_requests').period;
}

/**
 * Women waiting in Thurrock at the extract's last day per 1,000 Thurrock women, both of the
 * ages given, by native DuckDB: waiting by registered practice, women by home LSOA.
 */
async function thurrockWaitingRate(reason: string, ageBands: string[]): Promise<number> {
	const asAt = larcWindow().to;
	const bands = ageBands.map((b) => `'${b}'`).join(', ');
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		SELECT
			(SELECT count(*) FROM 'static/data/larc_requests.parquet' r
				JOIN 'static/data/practices.parquet' p USING (practice_code)
				WHERE p.locality = 'Thurrock' AND r.reason = '${reason}' AND r.age_band IN (${bands})
					AND r.request_date <= DATE '${asAt}'
					AND coalesce(r.fit_date, DATE '9999-12-31') > DATE '${asAt}'
					AND coalesce(r.removal_date, DATE '9999-12-31') > DATE '${asAt}')
			* 1000.0
			/ (SELECT sum(w.women) FROM 'static/data/population_female_lsoa.parquet' w
				JOIN 'static/data/geography_lsoa.parquet' g USING (lsoa21_code)
				WHERE g.locality = 'Thurrock' AND w.age_band IN (${bands})) AS rate`);
	native.close();
	return Number(row.rate);
}

/**
 * Gynaecological requests a year per 1,000 women aged 15–64 in the most deprived quintile of the
 * ICB, over the extract's window, by native DuckDB.
 */
async function mostDeprivedGynaeRate(): Promise<number> {
	const { from, to } = larcWindow();
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		WITH ages(age_band) AS (VALUES ('15-24'), ('25-34'), ('35-44'), ('45-54'), ('55-64')),
		requests AS (
			SELECT count(*) AS n FROM 'static/data/larc_requests.parquet' r
			JOIN 'static/data/geography_lsoa.parquet' g USING (lsoa21_code)
			WHERE r.reason = 'gynaecological' AND g.imd25_quintile = 1
				AND r.age_band IN (SELECT age_band FROM ages)
				AND r.request_date BETWEEN DATE '${from}' AND DATE '${to}'),
		women AS (
			SELECT sum(w.women) AS n FROM 'static/data/population_female_lsoa.parquet' w
			JOIN 'static/data/geography_lsoa.parquet' g USING (lsoa21_code)
			WHERE g.imd25_quintile = 1 AND w.age_band IN (SELECT age_band FROM ages))
		SELECT requests.n * 1000.0
			/ (women.n * (DATE '${to}' - DATE '${from}' + 1) / 365.25) AS rate
		FROM requests, women`);
	native.close();
	return Number(row.rate);
}

const PCN_CODE = 'U28765';

/** The PCN's name and locality, and its gynaecological list at each month end, by native DuckDB. */
async function pcnWaitingList(): Promise<{
	name: string;
	locality: string;
	waiting: Map<string, number>;
}> {
	const native = await openNativeDuckdb();
	const [pcn] = await native.rows(
		`SELECT pcn_name, locality FROM 'static/data/pcns.parquet' WHERE pcn_code = '${PCN_CODE}'`
	);
	const rows = await native.rows(`
		SELECT strftime(m, '%Y-%m-%d') AS month_end,
			sum(CASE WHEN r.request_date <= m AND coalesce(r.fit_date, DATE '9999-12-31') > m
				AND coalesce(r.removal_date, DATE '9999-12-31') > m THEN 1 ELSE 0 END)::INTEGER AS waiting
		FROM (SELECT DISTINCT last_day(request_date) AS m FROM 'static/data/larc_requests.parquet') months
		CROSS JOIN 'static/data/larc_requests.parquet' r
		WHERE r.pcn_code = '${PCN_CODE}' AND r.reason = 'gynaecological'
		GROUP BY ALL`);
	native.close();
	return {
		name: String(pcn.pcn_name),
		locality: String(pcn.locality),
		waiting: new Map(rows.map((r) => [String(r.month_end), Number(r.waiting)]))
	};
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
		// Its headline says the gap is the generator's assumption before giving any figure.
		await expect(deprivation.locator('#deprivation-summary').textContent()).resolves.toMatch(
			/^Synthetic demonstration data: the generator sets LARC requests lower in more deprived areas \(the direction published for England; the size is assumed\), so this gap is not a finding about patients\. In Thurrock, /
		);
		await deprivation.getByRole('tab', { name: 'About' }).click();
		expect((await deprivation.textContent())?.replace(/\s+/g, ' ')).toContain(
			'requests are set 33% lower in the most deprived fifth than in the least for contraception, and 18% lower for gynaecological reasons'
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

	it("names a chosen PCN, not its locality, in every card's chart, table and download", async () => {
		const pcn = await pcnWaitingList();
		expect(pcn.locality).toBe('Thurrock');
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, `?pcn=${PCN_CODE}`);
		await expect(
			page.locator('[data-testid="larc-ready"]').getAttribute('data-area')
		).resolves.toBe(pcn.name);

		// The waiting-list line is labelled with the PCN.
		const card = page.locator('section[aria-labelledby="waiting-list-title"]');
		const lineLabels = await card.locator('.end-labels text').allTextContents();
		expect(new Set(lineLabels)).toEqual(new Set([pcn.name]));

		// Its table: caption and every row name the PCN, with the PCN's own figures.
		await card.getByRole('tab', { name: 'Table' }).click();
		const table = card.getByTestId('waiting-list-table');
		await expect(table.locator('caption').textContent()).resolves.toContain(pcn.name);
		const rows = await table.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				month: tr.getAttribute('data-month') ?? '',
				area: tr.querySelector('td')?.textContent ?? '',
				gynaecological: tr.querySelector('[data-reason="gynaecological"]')?.textContent ?? ''
			}))
		);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.area).toBe(pcn.name);
			expect(row.gynaecological.replace(/,/g, ''), row.month).toBe(
				suppressCount(pcn.waiting.get(row.month) ?? 0)
			);
		}
		expect(await card.textContent()).not.toContain(pcn.locality);

		// Its download: an area column naming the PCN on every line, never the locality.
		await card.getByRole('tab', { name: 'Download' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			card.locator('a.download-link').click()
		]);
		const csv = readFileSync((await download.path())!, 'utf8');
		const [header, ...lines] = csv.trim().split('\r\n');
		const area = header.split(',').indexOf('area');
		expect(area).toBeGreaterThanOrEqual(0);
		expect(lines).toHaveLength(rows.length);
		for (const line of lines) expect(line.split(',')[area]).toBe(pcn.name);
		expect(csv).not.toContain(pcn.locality);

		// Every other card's table caption names the PCN too.
		for (const id of ['waits', 'larc-spc', 'queue', 'community-share', 'pessary']) {
			const other = page.locator(`section[aria-labelledby="${id}-title"]`);
			await other.getByRole('tab', { name: 'Table' }).click();
			const captions = await other.locator('caption').allTextContents();
			expect(captions.length, id).toBeGreaterThan(0);
			for (const caption of captions) expect(caption, id).toContain(pcn.name);
		}
		expect(await axeViolations(page)).toEqual([]);
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

	it('counts fits and removals as queue capacity, against the 92% aim', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, '?reason=contraceptive');
		const card = page.locator('section[aria-labelledby="queue-title"]');
		const summary = await card.locator('#queue-summary').textContent();
		expect(summary).toContain('fits and removals a week');
		expect(summary).toContain('the list at which about 92% of women would be seen within 6 weeks');
		await expect(card.getByTestId('queue-aim').textContent()).resolves.toContain(
			'Aim: 92% of women seen within the target wait'
		);

		// Load = requests ÷ (fits + removals); target list = requests a week × 6 weeks ÷ −ln(0.08).
		const { requests, leaving } = await icbQueueFlows('contraceptive');
		await card.getByRole('tab', { name: 'Table' }).click();
		const icb = card.locator(
			'tr[data-locality="Mid and South Essex"][data-reason="contraceptive"]'
		);
		await expect(icb.locator('[data-field="load"]').textContent()).resolves.toBe(
			(requests / leaving).toFixed(2)
		);
		await expect(icb.locator('[data-field="target-list-size"]').textContent()).resolves.toBe(
			Math.round(((requests / 13) * 6) / -Math.log(0.08)).toLocaleString('en-GB')
		);
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

	it('labels a rate with the chosen age band and counts that band on both sides', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, '?measure=rate&age=25-34&locality=thurrock');
		await expect(
			page.getByRole('radio', { name: 'Per 1,000 women aged 25–34' }).isChecked()
		).resolves.toBe(true);
		const card = page.locator('section[aria-labelledby="waiting-list-title"]');
		const axes = await card.locator('.axis-title:not(.axis-title-x)').allTextContents();
		expect(axes).toEqual([
			'Waiting per 1,000 women aged 25–34',
			'Waiting per 1,000 women aged 25–34'
		]);
		await card.getByRole('tab', { name: 'Table' }).click();
		await expect(card.locator('thead th').allTextContents()).resolves.toContain(
			'Gynaecological per 1,000 women aged 25–34'
		);
		const shown = await card
			.locator(`tr[data-month="${larcWindow().to}"] [data-rate="gynaecological"]`)
			.textContent();
		expect(shown).toBe((await thurrockWaitingRate('gynaecological', ['25-34'])).toFixed(2));
		const deprivation = page.locator('section[aria-labelledby="deprivation-title"]');
		await expect(
			deprivation.locator('h3:not(.tab-panel-heading)').allTextContents()
		).resolves.toEqual([
			'Gynaecological requests per 1,000 women aged 25–34 a year, by IMD 2025 quintile',
			'Contraceptive requests per 1,000 women aged 25–34 a year, by IMD 2025 quintile'
		]);
		await expect(page.locator('main').textContent()).resolves.not.toMatch(/15–54|15–64/);
	});

	it("states each reason's ages when all ages are shown, with rates of those ages", async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, '?measure=rate&locality=thurrock');
		await expect(
			page
				.getByRole('radio', { name: 'Per 1,000 women (gynaecological 15–64, contraceptive 15–54)' })
				.isChecked()
		).resolves.toBe(true);
		const card = page.locator('section[aria-labelledby="waiting-list-title"]');
		await expect(card.locator('.axis-title:not(.axis-title-x)').allTextContents()).resolves.toEqual(
			['Waiting per 1,000 women aged 15–64', 'Waiting per 1,000 women aged 15–54']
		);
		await card.getByRole('tab', { name: 'Table' }).click();
		const row = card.locator(`tr[data-month="${larcWindow().to}"]`);
		await expect(row.locator('[data-rate="gynaecological"]').textContent()).resolves.toBe(
			(
				await thurrockWaitingRate('gynaecological', ['15-24', '25-34', '35-44', '45-54', '55-64'])
			).toFixed(2)
		);
		await expect(row.locator('[data-rate="contraceptive"]').textContent()).resolves.toBe(
			(await thurrockWaitingRate('contraceptive', ['15-24', '25-34', '35-44', '45-54'])).toFixed(2)
		);

		// The ICB's inequalities: the most deprived fifth's gynaecological rate, women aged 15–64.
		// The headline first says the gap is the generator's (set lower in more deprived areas, the
		// direction published for England), then gives each reason's ages.
		await openLarc(page, '?measure=rate');
		const deprivation = page.locator('section[aria-labelledby="deprivation-title"]');
		await expect(page.locator('#deprivation-summary').textContent()).resolves.toMatch(
			/^Synthetic demonstration data: .*not a finding about patients\. In Mid and South Essex, .*: gynaecological requests: [\d.]+ fewer a year per 1,000 women aged 15–64 at the most deprived end .*; contraceptive requests: [\d.]+ fewer a year per 1,000 women aged 15–54 at/
		);
		await deprivation.getByRole('tab', { name: 'Table' }).click();
		const mostDeprived = deprivation
			.locator('tbody tr', { hasText: 'gynaecological' })
			.filter({ hasText: '1 (most deprived)' });
		await expect(mostDeprived.locator('td').nth(1).textContent()).resolves.toBe('15–64');
		await expect(mostDeprived.locator('td.number').nth(1).textContent()).resolves.toBe(
			(await mostDeprivedGynaeRate()).toFixed(1)
		);
	});
});
