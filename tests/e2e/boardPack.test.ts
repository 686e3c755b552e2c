/**
 * The board pack in Debian Chromium: printed to PDF (A4) it has the headline page and one page
 * per card, each page holding its card's title and summary; its workbook and each card's XLSX
 * hold the same figures as the CSVs; without JavaScript its form and downloads still work.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { openOfflinePage } from './support/browser';
import { oneSpaced, pdfPageTexts } from './support/pdfText';
import { asCsvCells, csvAsWorkbookCells, csvFromDataHref, readXlsx } from './support/spreadsheet';

const dashboard = useDashboardInChromium();
const READY = '[data-testid="board-pack"] .keyboard-chart svg';

async function openPack(page: Page, query = '') {
	await page.goto(`${dashboard.server().origin}/board-pack${query}`);
	await page.locator(READY).first().waitFor({ timeout: 90_000 });
}

/** Each card's title and summary, in the pack's order, as the page shows them. */
async function sections(page: Page) {
	return page.locator('.pack-section').evaluateAll((list) =>
		list.map((s) => ({
			title: s.querySelector('.card h2')?.textContent ?? '',
			summary: s.querySelector('.card .summary')?.textContent ?? '',
			kpis: s.querySelector('.pack-kpis')?.textContent ?? ''
		}))
	);
}

describe('board pack', () => {
	it('prints on A4 as the headline page and one page per card, each with its title and summary', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openPack(page, '?month=2026-09&locality=thurrock');
		const cards = await sections(page);
		// Seven headline KPIs open six cards: the gynaecological SPC card answers for two.
		expect(cards).toHaveLength(9);
		const tileTitles = await page
			.locator('[data-testid="pack-tiles"] h4[id^="kpi-"]')
			.allTextContents();
		expect(tileTitles).toHaveLength(10);

		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = await pdfPageTexts(new Uint8Array(pdf));
		expect(pages).toHaveLength(1 + cards.length);
		// The running header names the pack, its month and the synthetic data on every page.
		for (const [n, text] of pages.entries()) {
			expect(text, `page ${n + 1}`).toContain('Programme board pack · September 2026');
			expect(text, `page ${n + 1}`).toContain('Synthetic demonstration data');
			expect(text, `page ${n + 1}`).toContain(`Page ${n + 1} of ${pages.length}`);
		}
		for (const title of tileTitles) expect(pages[0]).toContain(oneSpaced(title));
		for (const [i, card] of cards.entries()) {
			expect(pages[i + 1]).toContain(oneSpaced(card.title));
			expect(pages[i + 1]).toContain(oneSpaced(card.summary));
			expect(pages[i + 1]).toContain(oneSpaced(card.kpis));
		}
		// Nothing for a screen: no navigation, filters or tab buttons on paper.
		const printed = pages.join(' ');
		expect(printed).not.toContain('Skip to main content');
		expect(printed).not.toContain('Apply');
		expect(printed).not.toMatch(/Chart Table Download About/);
	});

	it('gives every card of the month in one workbook, each sheet the same figures as its CSV', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openPack(page, '?locality=mid-essex');
		const csvs = (
			await page
				.locator('.pack-section a.download-link')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
		).map(csvFromDataHref);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /Download every headline measure/ }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^headline-measures_mid-essex_\d{4}-\d{2}\.xlsx$/);
		const sheets = await readXlsx(readFileSync((await download.path())!));
		expect(sheets[0].sheet).toBe('Contents');
		// Then the headline measures, one row each with the value the pack's tile shows.
		expect(sheets[1].sheet).toBe('Headline measures');
		const tiles = await page.locator('[data-testid="pack-tiles"] h4[id^="kpi-"]').allTextContents();
		expect(sheets[1].data.slice(1).map((row) => oneSpaced(String(row[0])))).toEqual(
			tiles.map(oneSpaced)
		);
		expect(sheets.slice(2).map((s) => asCsvCells(s.data))).toEqual(csvs.map(csvAsWorkbookCells));
	});

	it("serves each card's XLSX with the CSV's figures and a metadata sheet", async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/larc?locality=thurrock&reason=contraceptive`);
		await page.locator('[data-testid="larc-ready"][data-loading="false"]').waitFor();
		const card = page.locator('section[aria-labelledby="larc-spc-title"]');
		await card.getByRole('tab', { name: 'Download' }).click();
		const csv = csvFromDataHref((await card.locator('a.download-link').getAttribute('href'))!);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			card.locator('a.download-link-xlsx').click()
		]);
		expect(download.suggestedFilename()).toMatch(/_thurrock_.*\.xlsx$/);
		const [data, metadata] = await readXlsx(readFileSync((await download.path())!));
		expect(asCsvCells(data.data)).toEqual(csv);
		// A count is a number in the workbook, so it sums: the list size of the first month.
		const waiting = csv[0].indexOf('waiting');
		expect(typeof data.data[1][waiting]).toBe(csv[1][waiting] === '*' ? 'string' : 'number');
		// The metadata sheet says what the About tab says.
		await card.getByRole('tab', { name: 'About' }).click();
		const about = await card.getByTestId('card-metadata').locator('dd').allTextContents();
		const sheet = new Map(metadata.data.map((r) => [String(r[0]), String(r[1])]));
		for (const label of ['Area', 'Period', 'Source', 'Licence', 'Data kind', 'Disclosure control'])
			expect(about).toContain(sheet.get(label));
		expect(sheet.get('Area')).toBe('Thurrock');
	});

	it('works without JavaScript: the month and locality form, and the workbook link', async () => {
		const { page } = await openOfflinePage(
			dashboard.browser(),
			dashboard.server().origin,
			undefined,
			{ javaScriptEnabled: false }
		);
		await page.goto(`${dashboard.server().origin}/board-pack`);
		await page.selectOption('#pack-month', '2026-08');
		await page.selectOption('#pack-locality', 'South East Essex');
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.waitForURL(/month=2026-08/);
		await expect(page.locator('h1').textContent()).resolves.toContain('August 2026');
		await expect(page.getByRole('button', { name: 'Print or save as PDF' }).count()).resolves.toBe(
			0
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /Download every headline measure/ }).click()
		]);
		expect(download.suggestedFilename()).toBe('headline-measures_south-east-essex_2026-08.xlsx');
	});
});
