/**
 * A chart image as PNG, drawn from its SVG file (chartImageSvg.ts) by resvg (@resvg/resvg-js: a
 * kept SVG renderer with prebuilt binaries for each platform in the npm registry, no download at
 * install and no browser), at twice the SVG's size so it stays sharp on a slide or in print.
 * Text is set in the machine's Arial-compatible fonts (Liberation Sans on Debian).
 */
import { renderAsync } from '@resvg/resvg-js';

/** Pixels per SVG unit. */
export const PNG_SCALE = 2;

export async function chartImagePng(svg: string): Promise<Buffer> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'zoom', value: PNG_SCALE },
		background: '#ffffff',
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
		logLevel: 'off'
	});
	return image.asPng();
}
