/**
 * The inequalities page in Debian Chromium, offline. Each view's by-group card shows the counts
 * and rates that independent SQL on native DuckDB finds in the built Parquet files (women of the
 * reason's rate ages by where they live), the headline ratio is the ratio of those rates, the
 * slope index chart marks the four hub openings, the choices are in the URL, and axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';

const dashboard = useDashboardInChromium();

const GYNAE_AGES = `('15-24', '25-34', '35-44', '45-54', '55-64')`;
const END = `DATE '2026-10-31'`;

/** Women of the gynaecological rate ages and the events counted, by a geography_lsoa column. */
async function independent(column: string, events: string) {
	const native = await openNativeDuckdb();
	const rows = await native.rows(`
		WITH women AS (
			SELECT CAST(g.${column} AS VARCHAR) AS grp, sum(p.women) AS women
			FROM 'static/data/population_female_lsoa.parquet' p
			JOIN 'static/data/geography_lsoa.parquet' g USING (lsoa21_code)
			WHERE p.age_band IN ${GYNAE_AGES} GROUP BY 1),
		events AS (
			SELECT CAST(g.${column} AS VARCHAR) AS grp, count(*) AS n
			FROM 'static/data/larc_requests.parquet' r
			JOIN 'static/data/geography_lsoa.parquet' g USING (lsoa21_code)
			WHERE r.reason = 'gynaecological' AND r.age_band IN ${GYNAE_AGES} AND ${events}
			GROUP BY 1)
		SELECT grp, coalesce(n, 0)::INTEGER AS n, women FROM women LEFT JOIN events USING (grp)`);
	native.close();
	return new Map(rows.map((r) => [String(r.grp), { n: Number(r.n), women: Number(r.women) }]));
}

/** A count as the dashboard may show it: 1–7 as *, others to the nearest 5. */
const shownCount = (n: number) =>
	n > 0 && n <= 7 ? '*' : (5 * Math.round(n / 5)).toLocaleString('en-GB');

async function tableRows(page: Page) {
	await page.locator('#by-group-tab-table').click();
	return page
		.locator('[data-testid="by-group-table"] tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
		);
}

describe('inequalities page', () => {
	it('shows the gynaecological waiting list by IMD quintile as independent SQL counts it', async () => {
		const waiting = await independent(
			'imd25_quintile',
			`r.request_date <= ${END} AND (r.fit_date IS NULL OR r.fit_date > ${END})
				AND (r.removal_date IS NULL OR r.removal_date > ${END})`
		);
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await page.goto(`${dashboard.server().origin}/inequalities`);
		await page.locator('[data-testid="inequalities-ready"][data-loading="false"]').waitFor();

		const headline = await page.locator('[data-testid="equity-headline"]').textContent();
		expect(headline).toContain('the gap between areas is an assumption of the data generator');
		const rate = (q: string) => waiting.get(q)!.n / waiting.get(q)!.women;
		const ratio = (rate('1') / rate('5')).toPrecision(2);
		expect(headline).toContain(
			`Women in the most deprived fifth of areas are ${ratio} times as likely to be waiting for gynaecological LARC at the end of October 2026`
		);

		const rows = await tableRows(page);
		expect(rows.map((r) => r[0])).toEqual([
			'1 (most deprived)',
			'2',
			'3',
			'4',
			'5 (least deprived)',
			'Mid and South Essex ICB (QH8)'
		]);
		for (const [i, q] of ['1', '2', '3', '4', '5'].entries()) {
			const { n, women } = waiting.get(q)!;
			expect(rows[i][1]).toBe(shownCount(n));
			expect(rows[i][2]).toBe(((n / women) * 1000).toFixed(1));
			expect(rows[i][6]).toMatch(
				/^[✓✗=–] (Better than|Worse than|Similar to) the ICB$|Not compared$/
			);
		}

		// The slope index over time marks the four hub openings.
		await expect(
			page.locator('#slope-index .date-markers text').allTextContents()
		).resolves.toEqual([
			'Basildon and Brentwood hub opens',
			'South East Essex hub opens',
			'Mid Essex hub opens',
			'Thurrock hub opens'
		]);
		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('shows requests by rural-urban class, chosen in the URL, and without JavaScript', async () => {
		const requests = await independent(
			'ruc21_code',
			`r.request_date BETWEEN DATE '2025-11-01' AND ${END}`
		);
		const { page } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin,
			{ width: 1280, height: 900 },
			{ javaScriptEnabled: false }
		);
		await page.goto(`${dashboard.server().origin}/inequalities?measure=requests&group=rural-urban`);
		await expect(page.locator('#inequalities-group').inputValue()).resolves.toBe('rural-urban');
		const rows = await page
			.locator('[data-testid="by-group-table"] tbody tr')
			.evaluateAll((trs) =>
				trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
			);
		const years = 365 / 365.25;
		const expected = ['UN1', 'RLN1', 'RLF1', 'RSN1', 'RSF1'].map((code) => {
			const { n, women } = requests.get(code)!;
			return [shownCount(n), n > 0 && n <= 7 ? '*' : ((n / (women * years)) * 1000).toFixed(1)];
		});
		expect(rows[0][0]).toBe('Urban, nearer a major town or city');
		expect(rows.slice(0, 5).map((r) => [r[1], r[2]])).toEqual(expected);
	});

	it('changes grouping through the form and keeps it in the URL', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/inequalities`);
		await page.locator('[data-testid="inequalities-ready"][data-loading="false"]').waitFor();
		await page.selectOption('#inequalities-group', 'imd-decile');
		await page.waitForURL(/group=imd-decile/);
		await page.locator('[data-testid="inequalities-ready"][data-loading="false"]').waitFor();
		const rows = await tableRows(page);
		expect(rows).toHaveLength(11);
		expect(rows[9][0]).toBe('10 (least deprived)');
		await page.locator('#slope-index-tab-table').click();
		expect(await axeViolations(page)).toEqual([]);
	});

	it.each([
		['measure=median-wait', '1 (most deprived)', /^\d+\.\d to \d+\.\d$/],
		['measure=community-share&group=imd-decile', '10 (least deprived)', /^\d+\.\d to \d+\.\d$/],
		['measure=travel&group=rural-urban', 'Smaller rural, further', /^\d+\.\d to \d+\.\d$/],
		['measure=usc-referrals&group=pcn&locality=thurrock', 'GRAYS PCN', /^\d+\.\d to \d+\.\d$/]
	])(
		'shows the card of /inequalities?%s with intervals, the map by PCN catchment, and axe finds nothing',
		async (search, group, interval) => {
			const { page, foreignRequests } = await openOfflinePage(
				dashboard.browser(),
				dashboard.server().origin
			);
			await page.goto(`${dashboard.server().origin}/inequalities?${search}`);
			await page.locator('[data-testid="inequalities-ready"][data-loading="false"]').waitFor();
			await page.locator('#measure-by-group-tab-table').click();
			const rows = await page
				.locator('[data-testid="measure-table"] tbody tr')
				.evaluateAll((trs) =>
					trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
				);
			const row = rows.find((r) => r[0] === group);
			expect(row?.at(-2)).toMatch(interval);
			expect(row?.at(-1)).toMatch(
				/^[✓✗=▲▼–] (Better than|Worse than|Similar to|Higher than|Lower than) the ICB$|Not compared$/
			);
			expect(rows.at(-1)?.[0]).toBe('Mid and South Essex ICB (QH8)');
			await expect(page.locator('#catchment-map .map-areas path').count()).resolves.toBe(720);
			await expect(page.locator('[data-testid="equity-headline"]').textContent()).resolves.toMatch(
				/95% CI/
			);
			expect(await axeViolations(page)).toEqual([]);
			await page.locator('#catchment-map-tab-table').click();
			await expect(page.locator('[data-testid="catchment-table"] tbody tr').count()).resolves.toBe(
				27
			);
			expect(await axeViolations(page)).toEqual([]);
			expect(foreignRequests).toEqual([]);
		}
	);
});
