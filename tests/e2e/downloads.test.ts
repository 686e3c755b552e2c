/**
 * Downloads in Debian Chromium: a file saved from /larc with a locality or PCN chosen is UTF-8
 * with a byte order mark, is named after the area and period, and says on every row which area,
 * period and kind of data it holds; every file on the page names a chosen PCN, not its locality;
 * months without activity are rows of 0; the SPC file has the mean and limits; and a /cancer file
 * names its source.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { openOfflinePage } from './support/browser';
import { openNativeDuckdb } from '../support/nativeDuckdb';
import { parseCsv } from '../support/rawCsv';

const dashboard = useDashboardInChromium();

function extractPeriod(name: string): { from: string; to: string } {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	return manifest.datasets.find((d: { name: string }) => d.name === name).period;
}

const larcPeriod = () => extractPeriod('larc_requests');

interface SavedFile {
	name: string;
	bytes: Buffer;
	records: Record<string, string>[];
}

/** Clicks a card's Download tab and the link whose text contains `linkText`, and reads the file. */
async function save(page: Page, cardId: string, linkText: string): Promise<SavedFile> {
	const card = page.locator(`section[aria-labelledby="${cardId}-title"]`);
	await card.getByRole('tab', { name: 'Download' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		card.locator('a.download-link', { hasText: linkText }).click()
	]);
	const bytes = readFileSync((await download.path())!);
	const [header, ...rows] = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, '')).filter(
		(r) => r.length > 1
	);
	return {
		name: download.suggestedFilename(),
		bytes,
		records: rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])))
	};
}

/** Every file a card offers, saved one after another. */
async function saveAll(page: Page, cardId: string): Promise<SavedFile[]> {
	const card = page.locator(`section[aria-labelledby="${cardId}-title"]`);
	await card.getByRole('tab', { name: 'Download' }).click();
	const links = await card.locator('a.download-link').allTextContents();
	const files: SavedFile[] = [];
	for (const text of links) files.push(await save(page, cardId, text));
	return files;
}

async function openLarc(page: Page, query: string) {
	await page.goto(`${dashboard.server().origin}/larc${query}`);
	await page
		.locator('[data-testid="larc-ready"][data-loading="false"] .lines path')
		.first()
		.waitFor();
}

/**
 * The PCN with the most complete months in which it did no ring pessary episode at all, with
 * those months and how many complete months there are. Episodes are those due from the extract's
 * first day, so its first month misses changes due earlier and done in it: the first complete
 * month is the second.
 */
async function pcnWithEmptyPessaryMonths(): Promise<{
	pcnCode: string;
	months: number;
	empty: string[];
}> {
	const { from, to } = extractPeriod('pessary_activity');
	const native = await openNativeDuckdb();
	const rows = await native.rows(`
		WITH months AS (
			SELECT strftime(last_day(m), '%Y-%m-%d') AS month_end
			FROM range(date_trunc('month', DATE '${from}') + INTERVAL 1 MONTH, DATE '${to}', INTERVAL 1 MONTH) t(m)
		),
		grid AS (
			SELECT pcn_code, month_end
			FROM (SELECT DISTINCT pcn_code FROM 'static/data/pessary_activity.parquet') CROSS JOIN months
		),
		done AS (
			SELECT DISTINCT pcn_code, strftime(last_day(done_date), '%Y-%m-%d') AS month_end
			FROM 'static/data/pessary_activity.parquet'
			WHERE done_date IS NOT NULL
		)
		SELECT g.pcn_code, g.month_end, d.pcn_code IS NULL AS empty
		FROM grid g LEFT JOIN done d USING (pcn_code, month_end)
		ORDER BY g.pcn_code, g.month_end`);
	native.close();
	const byPcn = new Map<string, { months: number; empty: string[] }>();
	for (const r of rows) {
		const entry = byPcn.get(String(r.pcn_code)) ?? { months: 0, empty: [] };
		entry.months += 1;
		if (r.empty) entry.empty.push(String(r.month_end));
		byPcn.set(String(r.pcn_code), entry);
	}
	const [pcnCode, entry] = [...byPcn].sort(
		([a, x], [b, y]) => y.empty.length - x.empty.length || a.localeCompare(b)
	)[0];
	return { pcnCode, ...entry };
}

async function pcnName(pcnCode: string): Promise<string> {
	const native = await openNativeDuckdb();
	const [row] = await native.rows(
		`SELECT pcn_name FROM 'static/data/pcns.parquet' WHERE pcn_code = '${pcnCode}'`
	);
	native.close();
	return String(row.pcn_name);
}

const monthName = (isoDate: string) =>
	new Date(`${isoDate}T00:00:00Z`).toLocaleString('en-GB', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

describe('downloads', () => {
	it('names the locality, period and synthetic data in a /larc file, with a byte order mark', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await openLarc(page, '?locality=thurrock');
		const { from, to } = larcPeriod();
		const file = await save(page, 'waiting-list', 'Women waiting');

		expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(file.name).toBe(
			`larc-waiting-list_thurrock_${from.slice(0, 7)}-to-${to.slice(0, 7)}.csv`
		);
		expect(file.records.length).toBeGreaterThan(0);
		for (const record of file.records) {
			expect(record).toMatchObject({
				selected_area: 'Thurrock',
				data_kind: 'synthetic demonstration data',
				area: 'Thurrock',
				period: `${monthName(from)} to ${monthName(to)}`
			});
			expect(record.source).toContain('Synthetic LARC requests');
			expect(record.disclosure_control).toContain('Counts 1–7 shown as *');
		}

		// The SPC file carries the mean and process limits of each point, and the share's target.
		const spc = await save(page, 'larc-spc', 'SPC limits');
		for (const record of spc.records) {
			expect(Number(record.list_lower_process_limit)).toBeLessThanOrEqual(Number(record.list_mean));
			expect(Number(record.list_mean)).toBeLessThanOrEqual(Number(record.list_upper_process_limit));
			expect(record.share_target_percent).toBe('92');
		}
	});

	it('names the PCN chosen, not its locality, and writes months without activity as 0', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		const { pcnCode, months, empty } = await pcnWithEmptyPessaryMonths();
		expect(empty.length).toBeGreaterThan(0);
		const pcn = await pcnName(pcnCode);
		await openLarc(page, `?pcn=${pcnCode}`);
		const file = await save(page, 'pessary', 'episodes done each month');

		expect(file.name).toMatch(new RegExp(`^pessary-episodes-by-setting_${slug(pcn)}_`));
		expect(new Set(file.records.map((r) => r.selected_area))).toEqual(new Set([pcn]));
		expect(new Set(file.records.map((r) => r.data_kind))).toEqual(
			new Set(['synthetic demonstration data'])
		);
		// One row for every complete month of the extract; the months native DuckDB finds empty are
		// rows of 0.
		expect(file.records).toHaveLength(months);
		const zeroMonths = file.records
			.filter((r) => r.primary_care === '0' && r.hub === '0' && r.secondary_care === '0')
			.map((r) => r.month_end);
		expect(zeroMonths).toEqual(empty);
	});

	it('names the PCN chosen as the area of every file on /larc, never its locality', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		const pcn = await pcnName('U28765');
		await openLarc(page, '?pcn=U28765');
		const cards = ['waiting-list', 'waits', 'larc-spc', 'queue', 'community-share', 'pessary'];
		let files = 0;
		for (const id of cards) {
			for (const file of await saveAll(page, id)) {
				files += 1;
				expect(file.name, id).toMatch(new RegExp(`_${slug(pcn)}_`));
				expect(file.records.length, file.name).toBeGreaterThan(0);
				for (const record of file.records) {
					expect(record.selected_area, file.name).toBe(pcn);
					// A column naming the area of each row names the PCN too.
					if ('area' in record) expect(record.area, file.name).toBe(pcn);
				}
			}
		}
		// Waiting list, waits, SPC, queue, community share by PCN and by month, and the three
		// pessary tables.
		expect(files).toBe(9);
	});

	it('names the source of a /cancer file', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/cancer?cancer=gynaecological`);
		await page.locator('[data-testid="cancer-ready"][data-cancer="gynaecological"]').waitFor();
		const file = await save(page, 'fds', 'Faster Diagnosis Standard');

		expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		// Suspected gynaecological cancer FDS is published for July 2024 only.
		expect(file.name).toBe(
			'fds-suspected-gynaecological-cancer_mid-and-south-essex-icb-qh8_2024-07.csv'
		);
		for (const record of file.records) {
			expect(record).toMatchObject({
				selected_area: 'Mid and South Essex ICB (QH8)',
				period: 'July 2024',
				data_kind: 'published data'
			});
			expect(record.source).toContain('NHS England Cancer Waiting Times');
		}
	});
});
