/**
 * The services page in Debian Chromium, offline: the coverage matrix for Thurrock shows as many
 * PCNs, and as many offering ring pessary care in person, as independent SQL on the built offer
 * data finds; its columns sort by keyboard (focus stays on the column's link, aria-sort follows);
 * its CSV holds the levels the cells show; the gap list is in words; axe finds nothing; and it all
 * works without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SERVICE_LEVELS } from '$lib/data/services';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { parseCsv } from '../support/rawCsv';
import { openNativeDuckdb } from '../support/nativeDuckdb';

const dashboard = useDashboardInChromium();

/** Thurrock's PCNs, and those offering ring pessary care in person at the end of the extract. */
async function thurrockRingPessary() {
	const native = await openNativeDuckdb();
	const [row] = await native.rows(`
		WITH latest AS (
			SELECT pcn_code, level FROM 'static/data/service_offers.parquet'
			WHERE service_code = 'ring_pessary'
			QUALIFY row_number() OVER (PARTITION BY pcn_code ORDER BY start_date DESC) = 1
		)
		SELECT count(*)::INTEGER AS pcns,
			count(*) FILTER (WHERE latest.level = 'clinical_in_person')::INTEGER AS in_person
		FROM 'static/data/pcns.parquet' p LEFT JOIN latest USING (pcn_code)
		WHERE p.locality = 'Thurrock'`);
	native.close();
	return row as { pcns: number; in_person: number };
}

const matrix = (page: Page) => page.locator('[data-testid="coverage-matrix"]');

/** The levels of a column in the first locality, top to bottom, as ranks (0 = not offered … 3 = in person). */
async function columnRanks(page: Page, service: string): Promise<number[]> {
	const levels = await matrix(page)
		.locator('tbody')
		.first()
		.locator(`td[data-service="${service}"]`)
		.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-level')!));
	return levels.map((l) => SERVICE_LEVELS.indexOf(l as (typeof SERVICE_LEVELS)[number]));
}

const isSorted = (values: number[], dir: 'asc' | 'desc') =>
	values.every((v, i) => i === 0 || (dir === 'asc' ? values[i - 1] <= v : values[i - 1] >= v));

describe('services page', () => {
	it('sorts the matrix by keyboard, and its CSV holds what it shows', async () => {
		const expected = await thurrockRingPessary();
		expect(expected.pcns).toBeGreaterThan(1);

		const origin = dashboard.server().origin;
		const { page, foreignRequests } = await openOfflinePage(dashboard.browser(), origin);
		await page.goto(`${origin}/services?locality=thurrock`);
		await page.locator('[data-testid="services-ready"][data-sort="pcn"]').waitFor();
		await expect(page.locator('#coverage-title + .data-kind').textContent()).resolves.toBe(
			'Synthetic demonstration data'
		);
		await expect(matrix(page).locator('tbody tr[data-pcn]').count()).resolves.toBe(expected.pcns);
		await expect(
			matrix(page)
				.locator('tfoot tr')
				.first()
				.locator('td[data-service="ring_pessary"]')
				.textContent()
		).resolves.toBe(`${expected.in_person} of ${expected.pcns}`);

		// Enter on the column's link sorts by it, highest level first; focus stays on the link.
		const link = matrix(page).locator('th[data-service="ring_pessary"] a');
		await link.focus();
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="services-ready"][data-sort="ring_pessary"]').waitFor();
		expect(page.url()).toContain('sort=ring_pessary');
		await expect(
			matrix(page).locator('th[data-service="ring_pessary"]').getAttribute('aria-sort')
		).resolves.toBe('descending');
		expect(isSorted(await columnRanks(page, 'ring_pessary'), 'desc')).toBe(true);
		await expect(
			page.evaluate(() => document.activeElement?.getAttribute('data-sort'))
		).resolves.toBe('ring_pessary');

		// Again: lowest first.
		await page.keyboard.press('Enter');
		await page.waitForURL(/dir=asc/);
		await matrix(page).locator('th[data-service="ring_pessary"][aria-sort="ascending"]').waitFor();
		expect(isSorted(await columnRanks(page, 'ring_pessary'), 'asc')).toBe(true);
		await expect(matrix(page).locator('th[aria-sort="descending"]').count()).resolves.toBe(0);

		// Chart → Table → Download by keyboard; the CSV holds each cell's level.
		await page.locator('#coverage-tab-chart').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const href = await page
			.locator('#coverage-panel-download a.download-link')
			.first()
			.getAttribute('href');
		const [header, ...records] = parseCsv(decodeURIComponent(href!.slice(href!.indexOf(',') + 1)));
		const rows = records.map((cells) =>
			Object.fromEntries(header.map((name, i) => [name, cells[i]]))
		);
		const services = await matrix(page).locator('thead th[data-service]').count();
		expect(rows).toHaveLength(expected.pcns * services);
		expect(new Set(rows.map((r) => r.data_kind))).toEqual(
			new Set(['synthetic demonstration data'])
		);
		for (const pcn of await matrix(page)
			.locator('tbody tr[data-pcn]')
			.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pcn')!))) {
			const shown = await matrix(page)
				.locator(`tr[data-pcn="${pcn}"] td[data-service="ring_pessary"]`)
				.getAttribute('data-level');
			expect(rows.find((r) => r.pcn_code === pcn && r.service_code === 'ring_pessary')?.level).toBe(
				shown
			);
		}

		// The gap list speaks in words and agrees with the matrix.
		const gaps = await page.locator('[data-testid="gap-list"] li').allTextContents();
		const missing = expected.pcns - expected.in_person;
		if (missing > 0)
			expect(gaps).toEqual(
				expect.arrayContaining([
					expect.stringMatching(
						new RegExp(`^${missing} PCNs? in Thurrock ha(s|ve) no in-person ring pessary care \\(`)
					)
				])
			);

		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('sorts and filters without JavaScript', async () => {
		const origin = dashboard.server().origin;
		const { page } = await openOfflinePage(dashboard.browser(), origin, undefined, {
			javaScriptEnabled: false
		});
		await page.goto(`${origin}/services?services=phase-1&sort=larc_gynaecological`);
		await expect(matrix(page).locator('thead th[data-service]').count()).resolves.toBe(3);
		await expect(
			matrix(page).locator('th[data-service="larc_gynaecological"]').getAttribute('aria-sort')
		).resolves.toBe('descending');
		await matrix(page).locator('th[data-service="larc_gynaecological"] a').click();
		await page.waitForURL(/dir=asc/);
		expect(isSorted(await columnRanks(page, 'larc_gynaecological'), 'asc')).toBe(true);
		await expect(
			matrix(page).locator('th[data-service="larc_gynaecological"]').getAttribute('aria-sort')
		).resolves.toBe('ascending');
		// The filter form keeps the sort.
		await page.selectOption('#locality', 'mid-essex');
		await page.locator('button.apply-filters').click();
		await page.waitForURL(/locality=mid-essex/);
		expect(page.url()).toContain('sort=larc_gynaecological');
		await expect(matrix(page).locator('tbody[data-locality]').count()).resolves.toBe(1);
	});
});
