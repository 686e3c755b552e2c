/**
 * Debian's Chromium driven by Playwright. Never downloads a browser. Every request that is not
 * to the dashboard's own origin is refused and recorded, so a test proves the page works offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export interface OfflinePage {
	page: Page;
	/** URLs the page tried to reach outside its own origin (all refused). */
	foreignRequests: string[];
}

/**
 * Pages arrive with their figures already in the server's HTML, before they can respond to a key
 * or a filter. With JavaScript on, `page.goto` here also waits until the page can (the root
 * layout marks <html data-hydrated>), so a test never presses a key the page cannot hear yet.
 */
export async function openOfflinePage(
	browser: Browser,
	origin: string,
	viewport = { width: 1280, height: 900 },
	{ javaScriptEnabled = true }: { javaScriptEnabled?: boolean } = {}
): Promise<OfflinePage> {
	const context = await browser.newContext({ viewport, javaScriptEnabled });
	const page = await context.newPage();
	if (javaScriptEnabled) {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
			return response;
		};
	}
	const foreignRequests: string[] = [];
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
			return route.continue();
		}
		foreignRequests.push(url);
		return route.abort('internetdisconnected');
	});
	return { page, foreignRequests };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.2 A and AA rules. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ content: AXE_SOURCE });
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target }))
		}));
	});
}
