/**
 * Chart images in Debian Chromium: from one card on every page with charts, the Download tab's
 * SVG link saves a standalone SVG that parses as XML, is titled with the card's title and says
 * what kind of data it shows, and whose every class is styled in the file (or only groups marks);
 * its PNG link serves a PNG at twice the SVG's size.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useDashboardInChromium } from './support/server';
import { openOfflinePage } from './support/browser';
import {
	CHART_IMAGE_CSS,
	STRUCTURAL_CHART_CLASS
} from '../../src/lib/server/chartImage/chartImageCss';
import { PNG_SCALE } from '../../src/lib/server/chartImage/chartImagePng';

const dashboard = useDashboardInChromium();

/** A page and the card whose chart is saved, with the kind of data its chart must name. */
const CARDS = [
	{ path: '/', card: 'waiting-list', kind: 'Synthetic demonstration data' },
	{ path: '/larc', card: 'larc-spc', kind: 'Synthetic demonstration data' },
	{ path: '/cancer', card: 'fds', kind: 'Published data' },
	{ path: '/rtt', card: 'rtt-monthly', kind: 'Published data' },
	{ path: '/services', card: 'workforce', kind: 'Synthetic demonstration data' },
	{ path: '/access', card: 'travel-map', kind: 'Modelled estimate' },
	{ path: '/inequalities', card: 'slope-index', kind: 'Synthetic demonstration data' },
	{ path: '/board-pack?month=2026-06', card: 'pessary', kind: 'Synthetic demonstration data' }
];

const styledClasses = new Set(
	[...CHART_IMAGE_CSS.matchAll(/\.([a-z][a-z0-9-]*)/g)].map((m) => m[1])
);

describe('a card’s chart image', () => {
	it.each(CARDS)(
		'from $card on $path is a standalone SVG and a PNG',
		async ({ path, card, kind }) => {
			const origin = dashboard.server().origin;
			const { page } = await openOfflinePage(dashboard.browser(), origin);
			await page.goto(`${origin}${path}`);
			const section = page.locator(`section[aria-labelledby="${card}-title"]`).first();
			const title = (await section.locator('h2').first().textContent())!.trim();
			await section.getByRole('tab', { name: 'Download' }).click();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				section.locator('a.download-link-image', { hasText: '(SVG' }).click()
			]);
			expect(download.suggestedFilename()).toMatch(/_chart\.svg$/);
			const svg = readFileSync((await download.path())!, 'utf8');

			const parsed = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
				const root = doc.documentElement;
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					namespace: root.namespaceURI,
					title: root.querySelector(':scope > title')?.textContent ?? '',
					desc: root.querySelector(':scope > desc')?.textContent ?? '',
					width: Number(root.getAttribute('width')),
					height: Number(root.getAttribute('height')),
					classes: [...doc.querySelectorAll('[class]')].flatMap((e) =>
						(e.getAttribute('class') ?? '').split(/\s+/).filter(Boolean)
					)
				};
			}, svg);
			expect(parsed.error).toBeNull();
			expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
			expect(parsed.title).toBe(title);
			expect(parsed.desc).toContain(`Data kind: ${kind}.`);
			expect(parsed.desc).toMatch(/Area: .+\. Period: .+\./);
			const unstyled = [...new Set(parsed.classes)].filter(
				(c) => !styledClasses.has(c) && !STRUCTURAL_CHART_CLASS.test(c)
			);
			expect(unstyled).toEqual([]);

			const pngHref = await section
				.locator('a.download-link-image', { hasText: '(PNG' })
				.evaluate((a: HTMLAnchorElement) => a.href);
			const response = await fetch(pngHref);
			expect(response.headers.get('content-type')).toBe('image/png');
			const png = Buffer.from(await response.arrayBuffer());
			expect(png.toString('latin1', 1, 4)).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
				parsed.width * PNG_SCALE,
				parsed.height * PNG_SCALE
			]);
			await page.context().close();
		}
	);
});
