/**
 * The browser check's states on /data for a signed-in analyst at 320 px (400 % zoom): the error
 * summary for a bad file, and for a clean one the preview of its change against the current
 * version, worked out in the browser before anything is sent. Each passes axe (WCAG 2.2 AA) and
 * nothing but a table scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, openOfflinePage } from './support/browser';
import { addAccount, PASSWORD } from './support/accounts';
import { startDashboard, type RunningServer } from './support/server';

let server: RunningServer & { storeDir: string };
let browser: Browser;
let page: Page;
const serverChecks: string[] = [];

beforeAll(async () => {
	[server, browser] = await Promise.all([startDashboard(), launchChromium()]);
	addAccount(server.storeDir, 'analyst@example.nhs.uk', 'analyst');
	({ page } = await openOfflinePage(browser, server.origin, { width: 320, height: 640 }));
	page.on('request', (r) => {
		if (r.method() === 'POST' && r.url().includes('/check')) serverChecks.push(r.url());
	});
	await page.goto(`${server.origin}/data`);
	await page.getByLabel('Email address').fill('analyst@example.nhs.uk');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByRole('heading', { name: 'Data uploads' }).waitFor();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
	await page.getByLabel('Dataset').selectOption('larc_requests');
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const HEADER =
	'request_id,practice_code,pcn_code,lsoa21_code,age_band,reason,gynae_sub_reason,request_date,fit_date,setting,removal_date,removal_reason';
/** F81075: PCN U27924, South East Essex; F81132: U80679, Mid Essex (practices.parquet). */
const FITTED =
	'3,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,';
const REMOVED =
	'485,F81132,U80679,E01021364,35-44,contraceptive,,2023-09-21,,primary_care,2023-11-03,declined';

const choose = (name: string, lines: string[]) =>
	page.getByLabel('File', { exact: true }).setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n') + '\n')
	});

const sidewaysScroll = () =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the browser check on /data at 320 px', () => {
	it('shows an accessible error summary for a bad file', async () => {
		await choose('larc-bad.csv', [HEADER, FITTED.replace('F81075', 'X99999')]);
		const summary = page.getByRole('alert');
		await summary.waitFor({ timeout: 60_000 });
		expect(await summary.textContent()).toContain('practice_code');
		expect(await sidewaysScroll()).toBeLessThanOrEqual(0);
		expect(await axeViolations(page)).toEqual([]);
	}, 90_000);

	it('previews a clean file’s change in the browser, accessibly, before anything is sent', async () => {
		await choose('larc-two-rows.csv', [HEADER, FITTED, REMOVED]);
		const preview = page.getByTestId('browser-change-preview');
		await preview.waitFor({ timeout: 60_000 });
		expect(await preview.textContent()).toContain('passed every check in your browser');
		expect(await page.getByTestId('rows-after').textContent()).toBe('2');
		// After the change South East Essex has 1 gynaecological request and Mid Essex 1
		// contraceptive one: counts of 1 to 7, shown as * on the dashboard.
		expect(await page.getByText('Small numbers:').count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Confirm and make current' }).count()).toBe(0);
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(await sidewaysScroll()).toBeLessThanOrEqual(0);
		expect(await axeViolations(page)).toEqual([]);
		expect(serverChecks).toEqual([]);
	}, 90_000);
});
