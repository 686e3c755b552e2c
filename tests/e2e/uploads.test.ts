/**
 * An analyst brings in next month's LARC extract and takes it back again, in Chromium with
 * JavaScript on, against a dashboard whose store was seeded from a build one month older. The
 * extract uploaded is the app's own bundled build (the data script's later end month).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, openOfflinePage } from './support/browser';
import { addAccount, PASSWORD } from './support/accounts';
import { startDashboard, type RunningServer } from './support/server';

const bundle = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
const monthName = (month: string) =>
	new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
function previousMonth(month: string) {
	const [y, m] = month.split('-').map(Number);
	return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
const NEW_MONTH: string = bundle.endMonth;
const OLD_MONTH = previousMonth(NEW_MONTH);

let server: RunningServer & { storeDir: string };
let browser: Browser;

beforeAll(async () => {
	const seedDir = mkdtempSync(path.join(tmpdir(), 'seed-build-'));
	execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/build-data.ts', '--end-month', OLD_MONTH, '--out', seedDir],
		{
			stdio: 'ignore'
		}
	);
	[server, browser] = await Promise.all([startDashboard({ dataDir: seedDir }), launchChromium()]);
	addAccount(server.storeDir, 'analyst@example.nhs.uk', 'analyst');
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function larcPeriod(page: Page) {
	await page.goto(`${server.origin}/larc`);
	return page.getByTestId('selection-status').textContent();
}

describe('an analyst uploads next month’s LARC extract', () => {
	it('signs in, previews, confirms, sees /larc move on, rolls back, and finds it all audited', async () => {
		const { page, foreignRequests } = await openOfflinePage(browser, server.origin);
		expect(await larcPeriod(page)).toContain(`to ${monthName(OLD_MONTH)}`);

		await page.goto(`${server.origin}/data`);
		await expect.poll(() => page.url()).toContain('/sign-in');
		await page.getByLabel('Email address').fill('analyst@example.nhs.uk');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('heading', { name: 'Data uploads' }).waitFor();

		await page.getByLabel('Dataset').selectOption('larc_requests');
		await page.getByLabel('File').setInputFiles('static/data/larc_requests.parquet');
		await page.getByRole('button', { name: 'Check the file' }).click();
		const preview = page.getByTestId('change-preview');
		await preview.waitFor();
		expect(await page.getByTestId('period-after').textContent()).toContain(`${NEW_MONTH}-`);
		await page
			.getByLabel('Note for the audit log')
			.fill(`LARC extract to the end of ${monthName(NEW_MONTH)}`);
		await page.getByRole('button', { name: 'Confirm and make current' }).click();
		await page.getByText('The new version of larc_requests is now current').waitFor();

		expect(await larcPeriod(page)).toContain(`to ${monthName(NEW_MONTH)}`);
		await page.goto(`${server.origin}/`);
		expect(await page.getByTestId('board-month').textContent()).toContain(monthName(NEW_MONTH));

		await page.goto(`${server.origin}/data`);
		const versions = page.getByTestId('versions-larc_requests');
		await versions.getByRole('button', { name: /Make version \d+ current/ }).click();
		await page.getByText('The new version of larc_requests was rolled back').waitFor();
		expect(await larcPeriod(page)).toContain(`to ${monthName(OLD_MONTH)}`);

		await page.goto(`${server.origin}/data/audit`);
		const log = (await page.getByTestId('audit-log').textContent()) ?? '';
		expect(log).toContain('Bundled build');
		expect(log).toContain('Upload');
		expect(log).toContain('Rollback');
		expect(log).toContain(`LARC extract to the end of ${monthName(NEW_MONTH)}`);
		expect(log).toContain('analyst@example.nhs.uk');
		expect(foreignRequests).toEqual([]);
	});

	/** Signs in, uploads a bad file then a good one, and opens the audit, checking each page. */
	async function walkThroughDataPages(page: Page, fits: (where: string) => Promise<void>) {
		await page.goto(`${server.origin}/sign-in`);
		await fits('/sign-in');
		await page.getByLabel('Email address').fill('analyst@example.nhs.uk');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('heading', { name: 'Data uploads' }).waitFor();
		await fits('/data');

		const bad = path.join(mkdtempSync(path.join(tmpdir(), 'bad-upload-')), 'larc.csv');
		writeFileSync(bad, 'request_id,practice_code\n1,X\n');
		await page.getByLabel('File').setInputFiles(bad);
		await page.getByRole('button', { name: 'Check the file' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem with larc.csv' });
		await summary.waitFor();
		expect(await summary.textContent()).toContain('The file has no pcn_code column');
		await fits('/data with problems');

		await page.getByLabel('File').setInputFiles('static/data/larc_requests.parquet');
		await page.getByRole('button', { name: 'Check the file' }).click();
		await page.getByTestId('change-preview').waitFor();
		await fits('/data with a preview');

		await page.goto(`${server.origin}/data/audit`);
		await fits('/data/audit');
	}

	const ZOOMED = { width: 320, height: 640 };
	const noSidewaysScroll = (page: Page) => async (where: string) => {
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, where).toBeLessThanOrEqual(ZOOMED.width);
	};

	it('work without JavaScript, at 320 px', async () => {
		const { page } = await openOfflinePage(browser, server.origin, ZOOMED, {
			javaScriptEnabled: false
		});
		await walkThroughDataPages(page, noSidewaysScroll(page));
	});

	it('pass axe (WCAG 2.2 AA) at 320 px, error summary and preview included', async () => {
		const { page } = await openOfflinePage(browser, server.origin, ZOOMED);
		await walkThroughDataPages(page, async (where) => {
			expect(await axeViolations(page), where).toEqual([]);
			await noSidewaysScroll(page)(where);
		});
	});
});
