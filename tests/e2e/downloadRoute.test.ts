/**
 * Every page's XLSX links, without JavaScript: each card's spreadsheet is a plain link to the
 * server's download route, which finds the card in the model the page was drawn from — for /access,
 * in the cards it draws from the model and the scenario in the URL.
 */
import { describe, expect, it } from 'vitest';
import { useDashboardInChromium } from './support/server';

const dashboard = useDashboardInChromium();

const PAGES = [
	'/larc',
	'/services',
	'/inequalities',
	'/access',
	'/access?service=ring_pessary&scenario=ring_pessary&spoke=F81001'
];

describe('the XLSX link of a card', () => {
	it.each(PAGES)('on %s serves a workbook', async (path) => {
		const origin = dashboard.server().origin;
		const html = await (await fetch(`${origin}${path}`)).text();
		const links = [...html.matchAll(/href="\.?(\/download\/[^"]+\.xlsx[^"]*)"/g)].map((m) =>
			m[1].replaceAll('&amp;', '&')
		);
		expect(links.length).toBeGreaterThan(0);
		const response = await fetch(`${origin}${links[0]}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('spreadsheetml');
		// An XLSX is a zip: it starts with "PK".
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
	});
});
