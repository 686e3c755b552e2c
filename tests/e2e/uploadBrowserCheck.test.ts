/**
 * With JavaScript on, /data checks a chosen file in the browser (DuckDB-WASM) before anything is
 * uploaded: a bad CSV gets the error summary with no request to the server's check, and the
 * bundled LARC extract reads to the end of its progress bar and is reported clean.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openOfflinePage } from './support/browser';
import { addAccount, PASSWORD } from './support/accounts';
import { startDashboard, type RunningServer } from './support/server';

let server: RunningServer & { storeDir: string };
let browser: Browser;
let page: Page;
const checkRequests: string[] = [];

beforeAll(async () => {
	[server, browser] = await Promise.all([startDashboard(), launchChromium()]);
	addAccount(server.storeDir, 'analyst@example.nhs.uk', 'analyst');
	({ page } = await openOfflinePage(browser, server.origin));
	page.on('request', (r) => {
		if (r.method() === 'POST' && r.url().includes('/check')) checkRequests.push(r.url());
	});
	await page.goto(`${server.origin}/data`);
	await page.getByLabel('Email address').fill('analyst@example.nhs.uk');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByRole('heading', { name: 'Data uploads' }).waitFor();
	// Signing in redirects here without `page.goto`: wait until the page can hear a chosen file.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const HEADER =
	'request_id,practice_code,pcn_code,lsoa21_code,age_band,reason,gynae_sub_reason,request_date,fit_date,setting,removal_date,removal_reason';
/** Practice X99999 does not exist; the second row's fit comes before its request. */
const BAD_CSV = [
	HEADER,
	'3,X99999,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,',
	'4,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-01-14,secondary_care,,'
].join('\n');

describe('the browser check on /data', () => {
	it('shows the error summary for a bad CSV without asking the server', async () => {
		await page.getByLabel('Dataset').selectOption('larc_requests');
		await page.getByLabel('File', { exact: true }).setInputFiles({
			name: 'larc-bad.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(BAD_CSV)
		});
		const summary = page.getByRole('alert');
		await summary.waitFor({ timeout: 60_000 });
		const text = await summary.textContent();
		expect(text).toContain('There is a problem with larc-bad.csv');
		expect(text).toContain('practice_code');
		expect(await page.title()).toMatch(/^Error: /);
		expect(checkRequests).toEqual([]);
	}, 90_000);

	it('reads a good extract to the end of the progress bar and says it is clean', async () => {
		const rows = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')).datasets.find(
			(d: { name: string }) => d.name === 'larc_requests'
		).rows as number;
		await page
			.getByLabel('File', { exact: true })
			.setInputFiles('static/data/larc_requests.parquet');
		const clean = page.getByTestId('browser-check-clean');
		await clean.waitFor({ timeout: 60_000 });
		expect(await clean.textContent()).toContain(`${rows.toLocaleString('en-GB')} rows checked`);
		const bar = page.locator('progress#check-progress');
		expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(checkRequests).toEqual([]);
	}, 90_000);
});
