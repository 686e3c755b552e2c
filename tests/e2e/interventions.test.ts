/**
 * Interventions on the LARC SPC charts in Debian Chromium: the logged changes that apply to
 * Thurrock are marked, listed and read out with the first month after each; rebasing at the
 * Thurrock hub opening is a link the user chooses, and the means it reports equal native DuckDB's
 * on the same Parquet.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';

const dashboard = useDashboardInChromium();

/** The interventions that apply to Thurrock: ICB-wide ones and Thurrock's own, by native DuckDB. */
async function thurrockInterventions() {
	const native = await openNativeDuckdb();
	const rows = await native.rows(`
		SELECT intervention_id, strftime(date, '%Y-%m-%d') AS date, label
		FROM 'static/data/interventions.parquet'
		WHERE scope = 'icb' OR (scope = 'locality' AND scope_code = 'Thurrock')
		ORDER BY date, intervention_id`);
	native.close();
	return rows.map((r) => ({
		id: String(r.intervention_id),
		date: String(r.date),
		label: String(r.label)
	}));
}

/** Thurrock's gynaecological list at each month end of the extract's window. */
async function thurrockMonthlyList(): Promise<{ monthEnd: string; waiting: number }[]> {
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
		FROM (SELECT DISTINCT last_day(d::DATE) AS m
			FROM generate_series(DATE '${from}', DATE '${to}', INTERVAL 1 MONTH) t(d)) months
		CROSS JOIN 'static/data/larc_requests.parquet' r
		JOIN 'static/data/practices.parquet' p USING (practice_code)
		WHERE p.locality = 'Thurrock' AND r.reason = 'gynaecological'
		GROUP BY m ORDER BY m`);
	native.close();
	return rows.map((r) => ({ monthEnd: String(r.month_end), waiting: Number(r.waiting) }));
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const longDay = (iso: string) =>
	new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});

describe('/larc: interventions on the SPC charts', () => {
	it('marks, lists and reads out the changes that apply, and rebases only when asked', async () => {
		const { page, foreignRequests } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin
		);
		await page.goto(`${dashboard.server().origin}/larc?locality=thurrock&reason=gynaecological`);
		const card = page.locator('#larc-spc');
		await card.locator('[data-testid="spc-markers"]').first().waitFor();

		const logged = await thurrockInterventions();
		expect(logged.map((i) => i.label)).toEqual([
			'Phase one women’s health hubs begin',
			'Thurrock hub opened'
		]);
		const expectedTexts = logged.map((i) => `${i.label}, ${longDay(i.date)}`);
		await expect(
			card.locator('[data-testid="spc-markers"]').first().locator('li').allTextContents()
		).resolves.toEqual(expectedTexts);
		// Not rebased unless asked: one mean per chart.
		await expect(card.locator('text', { hasText: /^Mean / }).count()).resolves.toBe(2);

		// The keyboard read-out of September 2024, the first month end after the hub opened.
		const slider = card.getByRole('slider').first();
		await slider.focus();
		await page.keyboard.press('Home');
		for (let i = 0; i < 40; i++) {
			const text = (await slider.getAttribute('aria-valuetext')) ?? '';
			if (text.startsWith('Sep 2024')) break;
			await page.keyboard.press('ArrowRight');
		}
		await expect(slider.getAttribute('aria-valuetext')).resolves.toContain(
			'Since the month before: 2. Thurrock hub opened, 2 September 2024'
		);

		// Rebase at the hub opening: a link, held in the URL.
		await card.getByRole('link', { name: /Rebase at 2\. Thurrock hub opened/ }).click();
		await page.waitForURL(/rebase=hub-opened-thurrock-2024-09-02/);
		const change = card.getByTestId('spc-change').first();
		await change.waitFor();
		const list = await thurrockMonthlyList();
		const cut = list.findIndex((p) => p.monthEnd >= '2024-09-02');
		const [before, after] = [
			Math.round(mean(list.slice(0, cut).map((p) => p.waiting))),
			Math.round(mean(list.slice(cut).map((p) => p.waiting)))
		];
		const moved =
			before === after
				? `stayed at ${after}`
				: `${after < before ? 'fell' : 'rose'} from ${before.toLocaleString('en-GB')} to ${after.toLocaleString('en-GB')}`;
		// September 2024 is the 11th month of the window: 10 points before it, fewer than 13.
		expect(cut).toBe(10);
		await expect(change.textContent()).resolves.toBe(
			`After Thurrock hub opened (September 2024) the mean ${moved}. ` +
				'The limits before it rest on only 10 points, so treat them as provisional.'
		);
		await expect(card.locator('.summary').first().textContent()).resolves.toContain(
			`After Thurrock hub opened (September 2024) the mean ${moved}.`
		);
		// Each segment's mean is labelled with its value, on both charts.
		await expect(card.locator('text', { hasText: /^Mean / }).count()).resolves.toBe(4);
		await expect(
			card.getByRole('link', { name: /Rebase at 2\./ }).getAttribute('aria-current')
		).resolves.toBe('true');

		// The table names the change against September 2024.
		await card.getByRole('tab', { name: 'Table' }).click();
		const september = card.locator('[data-testid="spc-table"] tr', { hasText: 'Sep 2024' });
		await expect(september.textContent()).resolves.toContain('2. Thurrock hub opened');

		expect(await axeViolations(page)).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	it('refuses a rebase at a change that is not logged for the selection', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(
			`${dashboard.server().origin}/larc?locality=mid-essex&rebase=hub-opened-thurrock-2024-09-02`
		);
		const card = page.locator('#larc-spc');
		await expect(card.locator('.status.error').first().textContent()).resolves.toBe(
			'"hub-opened-thurrock-2024-09-02" is not an intervention logged for this selection within the months shown, so the chart is not rebased.'
		);
		await expect(card.locator('text', { hasText: /^Mean / }).count()).resolves.toBe(2);
	});
});
