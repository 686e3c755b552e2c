/**
 * What a visitor feels on opening a server-rendered page, measured inside the page itself (so
 * Playwright's round trips are not in the figures): when the first number is on screen, how many
 * bytes had arrived by then, when every chart was drawn, and the layout shift. Network speeds are
 * emulated with the Chrome DevTools Protocol, as Chrome's own throttling does.
 */
import type { Page } from 'playwright-core';

export interface NetworkSetting {
	name: string;
	/** Null: loopback, no emulation. */
	emulation: { latencyMs: number; mbitPerSecond: number } | null;
}

/**
 * The settings issue 11 names. The 5 Mbit/s link keeps the 40 ms latency of the 20 Mbit/s one:
 * a slower link is rarely a nearer one.
 */
export const NETWORK_SETTINGS: readonly NetworkSetting[] = [
	{ name: 'loopback', emulation: null },
	{ name: '20 Mbit/s, 40 ms', emulation: { latencyMs: 40, mbitPerSecond: 20 } },
	{ name: '5 Mbit/s, 40 ms', emulation: { latencyMs: 40, mbitPerSecond: 5 } }
];

/** What marks a page's first number; every page's charts are the `svg`s drawn in <main>. */
export interface PageUnderTest {
	path: string;
	/** The first figure a reader sees, in the server's HTML. */
	firstNumber: string;
	/** Present once the page is hydrated and settled, so the measurements can be read. */
	settled: string;
}

export const PAGES_UNDER_TEST: readonly PageUnderTest[] = [
	{
		path: '/',
		firstNumber: '[data-testid="kpi-value"]',
		settled: '[data-testid="waiting-list-ready"][data-loading="false"]'
	},
	{
		path: '/larc',
		firstNumber: '[data-testid="larc-ready"] p.summary',
		settled: '[data-testid="larc-ready"][data-loading="false"]'
	}
];

export interface PageLoadSample {
	/** ms from navigation start to the first frame showing the first number (non-empty text). */
	firstNumberMs: number;
	/** Bytes over the wire (headers and bodies, compressed) for resources finished by then. */
	bytesBeforeFirstNumber: number;
	/** ms to the first frame in which every chart of the settled page was already drawn. */
	allChartsMs: number;
	charts: number;
	/** Bytes over the wire by the time the page settled (hydrated, scripts loaded). */
	bytesTotal: number;
	/** Cumulative layout shift (shifts without recent input), until the page settled + 500 ms. */
	cls: number;
}

/**
 * Installed before any page script runs: on every animation frame (a frame about to be painted;
 * none run while rendering is blocked) it notes when the first number appears and how many charts
 * are drawn, and it sums layout shifts.
 */
function installProbe(firstNumber: string) {
	const probe = {
		firstNumberMs: -1,
		charts: [] as { ms: number; count: number }[],
		cls: 0
	};
	(window as unknown as { __benchProbe: typeof probe }).__benchProbe = probe;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
		})[]) {
			if (!entry.hadRecentInput) probe.cls += entry.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
	const drawnCharts = () =>
		[...document.querySelectorAll('main svg')].filter(
			(svg) => svg.querySelector('path, rect, circle') && svg.getBoundingClientRect().width > 0
		).length;
	const frame = () => {
		const now = performance.now();
		if (probe.firstNumberMs < 0) {
			const element = document.querySelector(firstNumber);
			if (element && element.textContent?.trim()) probe.firstNumberMs = now;
		}
		const count = drawnCharts();
		const last = probe.charts[probe.charts.length - 1];
		if (!last || last.count !== count) probe.charts.push({ ms: now, count });
		if (probe.charts.length < 50) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/** Reads the probe once the page has settled, and the bytes from the Resource Timing entries. */
function readProbe(): {
	firstNumberMs: number;
	charts: { ms: number; count: number }[];
	cls: number;
	resources: { end: number; bytes: number }[];
} {
	const probe = (
		window as unknown as {
			__benchProbe: { firstNumberMs: number; charts: { ms: number; count: number }[]; cls: number };
		}
	).__benchProbe;
	const entries = [
		...performance.getEntriesByType('navigation'),
		...performance.getEntriesByType('resource')
	] as PerformanceResourceTiming[];
	return {
		...probe,
		resources: entries.map((e) => ({ end: e.responseEnd, bytes: e.transferSize }))
	};
}

export async function preparePage(page: Page, target: PageUnderTest, setting: NetworkSetting) {
	// tsx compiles with esbuild's keepNames, which wraps inner functions in a `__name` helper that
	// exists only in Node: the page gets a stand-in that does nothing.
	const source = `var __name = (f) => f; (${installProbe.toString()})(${JSON.stringify(target.firstNumber)});`;
	await page.addInitScript({ content: source });
	if (setting.emulation) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		const bytesPerSecond = (setting.emulation.mbitPerSecond * 1_000_000) / 8;
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: setting.emulation.latencyMs,
			downloadThroughput: bytesPerSecond,
			uploadThroughput: bytesPerSecond
		});
	}
}

/** Opens `url` on a page prepared with `preparePage` and reads one sample. */
export async function measurePageLoad(
	page: Page,
	url: string,
	target: PageUnderTest
): Promise<PageLoadSample> {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator(target.settled).waitFor({ state: 'attached' });
	await page.waitForLoadState('load');
	// Late shifts (a font, a hydrated widget) still count: wait a moment before reading.
	await page.waitForTimeout(500);
	const probe = await page.evaluate(readProbe);
	if (probe.firstNumberMs < 0) throw new Error(`${url}: ${target.firstNumber} never showed text`);
	const finalCount = probe.charts[probe.charts.length - 1]?.count ?? 0;
	const allCharts = probe.charts.find((c) => c.count === finalCount)!;
	const bytesBy = (ms: number) =>
		probe.resources.filter((r) => r.end <= ms).reduce((sum, r) => sum + r.bytes, 0);
	return {
		firstNumberMs: probe.firstNumberMs,
		// The HTML carrying the number may still be streaming its tail: it counts in full.
		bytesBeforeFirstNumber: bytesBy(probe.firstNumberMs) + navigationBytesIfUnfinished(probe),
		allChartsMs: allCharts.ms,
		charts: finalCount,
		bytesTotal: probe.resources.reduce((sum, r) => sum + r.bytes, 0),
		cls: probe.cls
	};
}

function navigationBytesIfUnfinished(probe: ReturnType<typeof readProbe>): number {
	const [navigation] = probe.resources;
	return navigation && navigation.end > probe.firstNumberMs ? navigation.bytes : 0;
}
