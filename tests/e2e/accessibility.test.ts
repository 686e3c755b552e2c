/**
 * What keyboard, zoom and screen-reader users need on every page, in Debian Chromium: at 400 %
 * zoom (320 × 640 CSS px) nothing but tables scrolls sideways and charts keep a readable width;
 * the focus indicator stands out from the card it is on; each page has one polite status message
 * naming its whole selection, and nothing else speaks on a filter change; Tab never stops on a tab
 * panel that holds a control; and chart keys follow the APG slider pattern.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDashboardInChromium } from './support/server';
import { axeViolations, openOfflinePage } from './support/browser';
import { indicatorContrast, parseColour, type FocusStyles } from './support/focusIndicator';

const dashboard = useDashboardInChromium();

/** 1280 px at 400 % zoom (WCAG 1.4.10 reflow). */
const ZOOMED = { width: 320, height: 640 };
/** A chart narrower than this (axes and labels included) is not readable. */
const MIN_CHART_PX = 240;
/** Nor is one whose plotting area (inside the axes) is narrower than this: it was 0–36 px. */
const MIN_PLOT_PX = 180;

const ROUTES = [
	{ path: '/', ready: '[data-testid="waiting-list-ready"] .lines path' },
	{ path: '/larc', ready: '[data-testid="larc-ready"][data-loading="false"] .lines path' },
	{ path: '/cancer', ready: '[data-testid="cancer-ready"] .keyboard-chart svg' },
	{ path: '/rtt', ready: '[data-testid="rtt-ready"] .keyboard-chart svg' },
	{ path: '/services', ready: '[data-testid="services-ready"] .keyboard-chart svg' },
	{ path: '/access', ready: '[data-testid="access-ready"] .map-areas path' },
	{ path: '/board-pack', ready: '[data-testid="board-pack"] .keyboard-chart svg' },
	{
		path: '/inequalities',
		ready: '[data-testid="inequalities-ready"][data-loading="false"] .keyboard-chart svg'
	}
] as const;

async function open(page: Page, path: string, ready: string) {
	await page.goto(`${dashboard.server().origin}${path}`);
	await page.locator(ready).first().waitFor({ timeout: 90_000 });
}

const status = (page: Page) => page.getByRole('status');

/** The page's status message once the figures are shown. */
const shown = (page: Page) =>
	status(page)
		.filter({ hasText: /^Showing/ })
		.waitFor();

/**
 * Records which live regions screen readers would hear change: any element with aria-live or a
 * live role that is in the accessibility tree (display: none takes a region out of it).
 */
async function recordLiveRegionChanges(page: Page) {
	await page.evaluate(() => {
		const heard = new Set<string>();
		(window as unknown as { heard: Set<string> }).heard = heard;
		new MutationObserver((mutations) => {
			for (const m of mutations) {
				const target = m.target instanceof Element ? m.target : m.target.parentElement;
				const region = target?.closest('[aria-live], [role="status"], [role="alert"]');
				if (region && region.checkVisibility()) {
					heard.add(region.getAttribute('data-testid') || region.id || region.outerHTML);
				}
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	return () => page.evaluate(() => [...(window as unknown as { heard: Set<string> }).heard].sort());
}

describe('keyboard, zoom and screen-reader access', () => {
	// One test per page, so each has the whole test time to itself on a slow machine.
	it.each(ROUTES)(
		'at 320 px (400 % zoom) $path does not scroll sideways and every chart keeps its width',
		async ({ path, ready }) => {
			const { page } = await openOfflinePage(
				dashboard.browser(),
				dashboard.server().origin,
				ZOOMED
			);
			await open(page, path, ready);

			const charts = await page.locator('.keyboard-chart').evaluateAll((frames) =>
				frames.map((frame) => ({
					label: frame.getAttribute('aria-label')?.slice(0, 60),
					chart: frame.getBoundingClientRect().width,
					plot: frame.querySelector('svg')?.getBoundingClientRect().width ?? 0
				}))
			);
			expect(charts.length, path).toBeGreaterThan(0);
			for (const chart of charts) {
				expect(chart.chart, `${path}: ${chart.label}`).toBeGreaterThanOrEqual(MIN_CHART_PX);
				expect(chart.plot, `${path}: ${chart.label}`).toBeGreaterThanOrEqual(MIN_PLOT_PX);
			}
			expect(await axeViolations(page), path).toEqual([]);

			// Every tab of every card: the chart, its tables (which scroll in their own box), the
			// download and the about text all fit the width.
			const tabs = await page.getByRole('tab').all();
			for (const tab of tabs) {
				await tab.click();
				const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(scrollWidth, `${path} ${await tab.getAttribute('id')}`).toBeLessThanOrEqual(
					ZOOMED.width
				);
			}
			await page.context().close();
		}
	);

	it('shows focus in the NHS.UK style, with at least 3:1 contrast on a card', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await open(page, ROUTES[1].path, ROUTES[1].ready);

		/** Focus by keyboard (Tab from the element before), then read the drawn indicator. */
		async function focusedIndicator(selector: string, surface: string) {
			await page.locator(selector).first().focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			return page.evaluate(
				([selector, surface]) => {
					const element = document.activeElement as HTMLElement;
					if (!element.matches(`${selector}:focus-visible`)) return null;
					const s = getComputedStyle(element);
					const styles = {
						backgroundColor: s.backgroundColor,
						boxShadow: s.boxShadow,
						outlineColor: s.outlineColor,
						outlineStyle: s.outlineStyle,
						outlineWidth: s.outlineWidth,
						outlineOffset: s.outlineOffset
					};
					const around = getComputedStyle(element.closest(surface)!).backgroundColor;
					return { styles, around, text: s.color };
				},
				[selector, surface]
			);
		}

		const cases = [
			{ name: 'a tab on a card', selector: '#waiting-list-tab-chart', surface: '.card' },
			{
				name: 'a chart on a card',
				selector: '#waiting-list-panel-chart [role="slider"]',
				surface: '.card'
			},
			{ name: 'a radio in the filters', selector: 'input[name="reason"]', surface: '.filters' },
			{ name: 'a select in the filters', selector: '#age', surface: '.filters' },
			{ name: 'a link in the blue header', selector: 'header nav a', surface: 'header' }
		];
		for (const c of cases) {
			const found = await focusedIndicator(c.selector, c.surface);
			expect(found, c.name).not.toBeNull();
			const contrast = indicatorContrast(found!.styles as FocusStyles, parseColour(found!.around));
			expect(contrast, c.name).toBeGreaterThanOrEqual(3);
		}

		// The tab itself: yellow behind dark text, as NHS.UK links and tabs are.
		const tab = await focusedIndicator('#waiting-list-tab-chart', '.card');
		expect(tab!.styles.backgroundColor).toBe('rgb(255, 235, 59)');
		expect(tab!.text).toBe('rgb(33, 43, 50)');
	});

	it('announces each filter change once, politely, naming the whole selection', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await open(page, ROUTES[1].path, ROUTES[1].ready);
		await shown(page);
		await expect(status(page).textContent()).resolves.toMatch(
			/^Showing Mid and South Essex, gynaecological reasons, all ages, women waiting as a count, \w+ \d{4} to \w+ \d{4}, contraceptive target 6 weeks, excess list cleared by \d{1,2} \w+ \d{4}\.$/
		);
		await expect(status(page).getAttribute('role')).resolves.toBe('status');
		await expect(page.locator('[role="status"]').count()).resolves.toBe(1);

		const heard = await recordLiveRegionChanges(page);
		await page.selectOption('#age', '25-34');
		await status(page).filter({ hasText: 'aged 25–34' }).waitFor();
		await page.locator('input[name="reason"][value="contraceptive"]').check();
		await status(page).filter({ hasText: 'contraceptive reasons, aged 25–34' }).waitFor();
		await page.locator('input[name="measure"][value="rate"]').check();
		await status(page).filter({ hasText: 'women waiting per 1,000 women' }).waitFor();
		await page.selectOption('#locality', 'thurrock');
		await status(page)
			.filter({ hasText: /^Showing Thurrock, contraceptive reasons/ })
			.waitFor();
		// Only the page's status message spoke: not SvelteKit's route announcer, not the title.
		await expect(heard()).resolves.toEqual(['selection-status']);

		// A real page change is still announced, by its title.
		await page.getByRole('link', { name: 'Gynaecology RTT' }).click();
		await page
			.getByTestId('page-announcer')
			.filter({ hasText: 'Gynaecology referral to treatment waits' })
			.waitFor();
	});

	it('has one status message on the overview, cancer and RTT pages that follows the filter', async () => {
		const changes = [
			{
				route: ROUTES[0],
				before: 'Showing the headline measures and the LARC waiting list for Mid and South Essex.',
				choose: (page: Page) => page.selectOption('#locality', 'Thurrock'),
				after: 'Showing the headline measures and the LARC waiting list for Thurrock.'
			},
			{
				route: ROUTES[2],
				before:
					'Showing urgent suspected cancer referrals and waiting times for suspected gynaecological cancer.',
				choose: (page: Page) => page.selectOption('#cancer', 'all'),
				after:
					'Showing urgent suspected cancer referrals and waiting times for all suspected cancers.'
			},
			{
				route: ROUTES[3],
				before:
					'Showing gynaecology referral to treatment waits for pathways completed in November 2025.',
				choose: (page: Page) => page.selectOption('#month', '2025-10-01'),
				after:
					'Showing gynaecology referral to treatment waits for pathways completed in October 2025.'
			}
		];
		for (const { route, before, choose, after } of changes) {
			const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
			await open(page, route.path, route.ready);
			await shown(page);
			await expect(status(page).textContent(), route.path).resolves.toBe(before);
			await expect(page.locator('[role="status"]').count(), route.path).resolves.toBe(1);
			const heard = await recordLiveRegionChanges(page);
			await choose(page);
			await status(page).filter({ hasText: after }).waitFor();
			await expect(heard(), route.path).resolves.toEqual(['selection-status']);
			await page.context().close();
		}
	});

	it('never stops Tab on a tab panel that holds a control (APG tabs)', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await open(page, ROUTES[1].path, ROUTES[1].ready);
		const role = () => page.evaluate(() => document.activeElement?.getAttribute('role'));

		// Chart: Tab goes from the tab straight to the first chart.
		await page.locator('#waiting-list-tab-chart').focus();
		await page.keyboard.press('Tab');
		await expect(role()).resolves.toBe('slider');

		// Table: straight to the scrolling table.
		await page.locator('#waiting-list-tab-chart').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
		await expect(role()).resolves.toBe('region');

		// Download: straight to the link.
		await page.locator('#waiting-list-tab-table').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
		await expect(
			page.evaluate(() => document.activeElement?.classList.contains('download-link'))
		).resolves.toBe(true);

		// On every card, whatever tab is shown: a panel is a tab stop only if nothing in it is.
		for (const key of ['chart', 'table', 'download', 'about']) {
			for (const tab of await page.locator(`[role="tab"][id$="-tab-${key}"]`).all()) {
				await tab.click();
			}
			const panels = await page.locator('[role="tabpanel"]').evaluateAll((all) =>
				all.map((p) => ({
					id: p.id,
					tabStop: p.getAttribute('tabindex') === '0',
					holdsControl: !!p.querySelector(
						'a[href], button, input, select, textarea, summary, [tabindex="0"]'
					)
				}))
			);
			for (const p of panels) expect(p.tabStop, `${p.id} on ${key}`).toBe(!p.holdsControl);
		}
	});

	it('moves through a bar chart with the slider keys: → next, ↓ previous, Home and End', async () => {
		const { page } = await openOfflinePage(dashboard.browser(), dashboard.server().origin);
		await open(page, ROUTES[1].path, ROUTES[1].ready);
		const bars = page.getByRole('slider', {
			name: /^Bar chart: median weeks waited so far .* gynaecological reasons/
		});
		const at = async () => ({
			index: await bars.getAttribute('aria-valuenow'),
			text: await bars.getAttribute('aria-valuetext')
		});

		await bars.focus();
		await expect(at()).resolves.toMatchObject({
			index: '0',
			text: expect.stringMatching(/^Basildon and Brentwood: /)
		});
		await page.keyboard.press('ArrowRight');
		await expect(at()).resolves.toMatchObject({
			index: '1',
			text: expect.stringMatching(/^Mid Essex: /)
		});
		await page.keyboard.press('ArrowRight');
		await expect(at()).resolves.toMatchObject({
			index: '2',
			text: expect.stringMatching(/^South East Essex: /)
		});
		await page.keyboard.press('ArrowDown');
		await expect(at()).resolves.toMatchObject({
			index: '1',
			text: expect.stringMatching(/^Mid Essex: /)
		});
		await page.keyboard.press('ArrowUp');
		await expect(at()).resolves.toMatchObject({ index: '2' });
		await page.keyboard.press('ArrowLeft');
		await expect(at()).resolves.toMatchObject({ index: '1' });
		await page.keyboard.press('End');
		await expect(at()).resolves.toMatchObject({
			index: '4',
			text: expect.stringMatching(/^Mid and South Essex: /)
		});
		await page.keyboard.press('Home');
		await expect(at()).resolves.toMatchObject({ index: '0' });
		// What the slider says is shown under the chart too.
		await expect(page.locator('.chart-readout').textContent()).resolves.toBe((await at()).text);
	});
});
