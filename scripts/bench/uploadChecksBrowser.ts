/**
 * The check in the browser, as an analyst meets it: the built dashboard, headless Chromium, /data
 * signed in as an analyst, a file chosen in the file input; timed from choosing it to the page
 * saying it found no problems, with the preview of its change against the current version. The
 * browser engine is started first (the bundled extract checked, timed apart), so the figures are
 * the check, not DuckDB-WASM's start.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/e2e/support/browser';
import { addAccount, PASSWORD } from '../../tests/e2e/support/accounts';
import { startDashboard } from '../../tests/e2e/support/server';
import { openWatchedContext, waitUntilDrawn } from './browserPages';
import { repeated, single, timed, type Repeated, type Single } from './measurement';

const EMAIL = 'bench@example.nhs.uk';
/** A 1,000,000-row check in one DuckDB-WASM thread on a busy 2-core machine takes minutes. */
const CHECK_TIMEOUT_MS = 15 * 60_000;

export interface BrowserFileCheck {
	file: string;
	/** From choosing the file to "No problems found" and the preview (read, checked, compared). */
	check: Repeated;
}

export interface BrowserCheckTimings {
	status: 'measured';
	/** Starting DuckDB-WASM with the current data, checking the bundled LARC extract once. */
	engineStartAndFirstCheck: Single;
	files: BrowserFileCheck[];
	foreignRequests: string[];
}

export async function measureBrowserCheck(a: {
	files: string[];
	/** Rows in each file: the page must say it checked them all. */
	rows: number;
	runs: number;
}): Promise<BrowserCheckTimings> {
	const storeDir = mkdtempSync(path.join(os.tmpdir(), 'whh-bench-store-'));
	addAccount(storeDir, EMAIL, 'analyst');
	// The 97 MB CSV is read whole into the page: the upload limit must let it through.
	const [server, browser] = await Promise.all([
		startDashboard({ storeDir, uploadLimitMb: 200 }),
		launchChromium()
	]);
	try {
		const watched = await openWatchedContext(browser, server.origin);
		const { page } = watched;
		page.setDefaultTimeout(CHECK_TIMEOUT_MS);
		await page.goto(`${server.origin}/data`);
		await page.getByLabel('Email address').fill(EMAIL);
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.getByLabel('Dataset').selectOption('larc_requests');
		const input = page.getByLabel('File', { exact: true });
		const clean = '[data-testid="browser-check-clean"]';
		const choose = async (file: string, rows?: number) => {
			await input.setInputFiles([]);
			await page.locator(clean).waitFor({ state: 'detached' });
			await input.setInputFiles(file);
			await waitUntilDrawn(watched, `${clean}, [role="alert"]`);
			if (!(await page.locator(clean).isVisible()))
				throw new Error(`the browser check found problems in ${path.basename(file)}`);
			const said = (await page.locator(clean).textContent()) ?? '';
			if (rows !== undefined && !said.includes(`${rows.toLocaleString('en-GB')} rows checked`))
				throw new Error(`the browser check of ${path.basename(file)} said: ${said}`);
			await page.getByTestId('browser-change-preview').waitFor();
		};
		const engine = await timed(() => choose('static/data/larc_requests.parquet'));
		const files: BrowserFileCheck[] = [];
		for (const file of a.files) {
			const samples: number[] = [];
			for (let run = 0; run < a.runs; run++)
				samples.push((await timed(() => choose(file, a.rows))).ms);
			files.push({ file: path.basename(file), check: repeated(samples, 'ms') });
		}
		await watched.context.close();
		return {
			status: 'measured',
			engineStartAndFirstCheck: single(engine.ms, 'ms'),
			files,
			foreignRequests: watched.foreignRequests
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}
