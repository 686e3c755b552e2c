/**
 * Printing in Debian Chromium, at the width of A4 portrait inside its margins: no navigation,
 * filters or tab buttons; every card's Chart, Table and About panels shown; and nothing wider
 * than the page. The methodology and About pages pass axe and reflow at 320 px.
 */
import { describe, expect, it } from 'vitest';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';

const dashboard = useDashboardInChromium();

/** A4 is 210 mm wide; print.css leaves 12 mm margins: 186 mm at 96 px per inch. */
const A4_CONTENT_PX = Math.floor((186 / 25.4) * 96);
/** SVG labels may reach into the page margin (12 mm), never past it. */
const MARGIN_PX = Math.floor((12 / 25.4) * 96);

const PAGES = [
	{ path: '/', ready: '[data-testid="waiting-list-ready"] .lines path' },
	{ path: '/larc', ready: '[data-testid="larc-ready"][data-loading="false"] .lines path' },
	{ path: '/cancer', ready: '[data-testid="cancer-ready"] .keyboard-chart svg' },
	{ path: '/rtt', ready: '[data-testid="rtt-ready"] .keyboard-chart svg' },
	{ path: '/board-pack', ready: '[data-testid="board-pack"] .keyboard-chart svg' },
	{ path: '/methodology', ready: '[data-kpi]' },
	{ path: '/about', ready: '#accessibility' }
];

describe('print layout', () => {
	it('fits every page to A4 and prints each card in full, without controls', async () => {
		for (const { path, ready } of PAGES) {
			const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
			await page.goto(`${dashboard.server().origin}${path}`);
			await page.locator(ready).first().waitFor({ timeout: 90_000 });
			await page.emulateMedia({ media: 'print' });
			await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
			const layout = await page.evaluate(
				([width, margin]) => {
					const shown = (e: Element) => e.getClientRects().length > 0;
					const tooWide = [...document.querySelectorAll('body *')]
						.filter(shown)
						.filter((e) => {
							const inSvg = e instanceof SVGElement && !(e instanceof SVGSVGElement);
							return e.getBoundingClientRect().right > width + 1 + (inSvg ? margin : 0);
						})
						.map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`);
					const panels = [...document.querySelectorAll('[role="tabpanel"]')];
					return {
						tooWide,
						pageWidth: document.documentElement.scrollWidth,
						controls: [...document.querySelectorAll('nav, form.filters, [role="tablist"]')]
							.filter(shown)
							.map((e) => e.tagName),
						hiddenPanels: panels
							.filter((p) => !p.id.endsWith('-panel-download'))
							.filter((p) => !shown(p) && !p.closest('.board-pack')).length,
						downloadPanels: panels.filter((p) => p.id.endsWith('-panel-download') && shown(p))
							.length
					};
				},
				[A4_CONTENT_PX, MARGIN_PX]
			);
			expect(layout.tooWide, path).toEqual([]);
			expect(layout.pageWidth, path).toBeLessThanOrEqual(A4_CONTENT_PX);
			expect(layout.controls, path).toEqual([]);
			expect(layout.hiddenPanels, path).toBe(0);
			expect(layout.downloadPanels, path).toBe(0);
			await page.context().close();
		}
	});
});

describe('methodology and About pages', () => {
	it('pass axe and reflow at 320 px', async () => {
		for (const path of ['/methodology', '/about']) {
			const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin, {
				width: 320,
				height: 640
			});
			await page.goto(`${dashboard.server().origin}${path}`);
			expect(await axeViolations(page), path).toEqual([]);
			const overflow = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((e) => !e.closest('.scroll-when-wide, .table-scroll'))
					.filter((e) => e.getBoundingClientRect().right > 321)
					.map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`)
			);
			expect(overflow, path).toEqual([]);
			await page.context().close();
		}
	});

	it('lists every headline measure of the registry on the methodology page', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await page.goto(`${dashboard.server().origin}/methodology`);
		const { KPI_IDS } = await import('../../src/lib/kpis/registry');
		const shown = await page
			.locator('[data-kpi]')
			.evaluateAll((l) => l.map((e) => e.getAttribute('data-kpi')));
		expect(shown).toEqual([...KPI_IDS]);
		await page.context().close();
	});
});
