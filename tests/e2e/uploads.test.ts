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
import writeXlsxFile from 'write-excel-file/node';
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

const LARC_HEADER =
	'request_id,practice_code,pcn_code,lsoa21_code,age_band,reason,gynae_sub_reason,request_date,fit_date,setting,removal_date,removal_reason';
const FITTED =
	'3,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,';
const REMOVED =
	'485,F81132,U80679,E01021364,35-44,contraceptive,,2023-09-21,,primary_care,2023-11-03,declined';

/** CSV lines as an Excel workbook: dates typed as dates, whole numbers as numbers, `=…` as a formula. */
async function workbook(...lines: string[]): Promise<Buffer> {
	const cell = (v: string) => {
		if (/^\d{4}-\d{2}-\d{2}$/.test(v))
			return { value: new Date(`${v}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' };
		if (/^\d+$/.test(v)) return { value: Number(v), type: Number };
		if (v.startsWith('=')) return { value: v.slice(1), type: 'Formula' as const };
		return v ? { value: v, type: String } : null;
	};
	return writeXlsxFile(lines.map((line) => line.split(',').map(cell))).toBuffer();
}

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

	it('checks a dropped Excel workbook in the browser, then on the server', async () => {
		const { page } = await openOfflinePage(browser, server.origin);
		await page.goto(`${server.origin}/sign-in?next=/data`);
		await page.getByLabel('Email address').fill('analyst@example.nhs.uk');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('heading', { name: 'Data uploads' }).waitFor();

		const book = await workbook(LARC_HEADER, FITTED, REMOVED);
		const dropped = await page.evaluateHandle((bytes) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(bytes)], 'larc.xlsx'));
			return transfer;
		}, Array.from(book));
		const zone = page.getByRole('group', { name: 'Drop zone for an extract' });
		await zone.dispatchEvent('dragover', { dataTransfer: dropped });
		await zone.dispatchEvent('drop', { dataTransfer: dropped });
		await zone.getByRole('status').getByText('larc.xlsx dropped').waitFor();
		await page.getByTestId('browser-check-clean').waitFor();
		expect(await page.getByTestId('browser-check-clean').textContent()).toContain('2 rows');

		await page.getByRole('button', { name: 'Check the file' }).click();
		await page.getByTestId('change-preview').waitFor();
		expect(await page.getByTestId('period-after').textContent()).toContain('2023-11-30');
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

		const formula = '=HYPERLINK("http://example.com/x")';
		await page.getByLabel('File').setInputFiles({
			name: 'larc.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: await workbook(LARC_HEADER, FITTED.replace('45-54', formula))
		});
		await page.getByRole('button', { name: 'Check the file' }).click();
		const xlsxSummary = page
			.getByRole('alert')
			.filter({ hasText: 'There is a problem with larc.xlsx' });
		await xlsxSummary.waitFor();
		expect(await xlsxSummary.textContent()).toContain('age_band must be one of');
		expect(await page.getByText(formula).count()).toBeGreaterThan(0);
		await fits('/data with problems in a workbook');

		// exact: the table of problems is labelled "Problems in the file".
		await page
			.getByLabel('File', { exact: true })
			.setInputFiles('static/data/larc_requests.parquet');
		await page.getByRole('button', { name: 'Check the file' }).click();
		await page.getByTestId('change-preview').waitFor();
		await fits('/data with a preview');

		await page.goto(`${server.origin}/data/audit`);
		await fits('/data/audit');
	}

	const ZOOMED = { width: 320, height: 640 };
	const noSidewaysScroll = (page: Page) => async (where: string) => {
		// After a form post the page's elements can be found before its stylesheet has loaded, and
		// an unstyled page is wider than the screen: measure the page as it is drawn.
		await page.waitForLoadState('load');
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
