import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { chartImageSvg, CHART_IMAGE_WIDTH, wrapText } from './chartImageSvg';
import { chartImagePng, PNG_SCALE } from './chartImagePng';
import type { ChartDrawing } from './chartDrawings';
import { CHART_IMAGE_CSS, STRUCTURAL_CHART_CLASS } from './chartImageCss';

const drawing: ChartDrawing = {
	label: 'SPC chart of women waiting <gynaecological> & contraceptive',
	yLabel: 'Women waiting',
	xLabel: null,
	notes: ['1. Thurrock spoke opens, 1 March 2025'],
	key: null,
	content:
		'<g class="axis y-axis"><line x2="100" class="gridline"></line><text x="-8">400</text></g>' +
		'<g class="spc-limits"><line x2="100" class="spc-mean"></line><line x2="100" class="spc-limit"></line></g>',
	viewBox: { x: -56, y: -18, width: 640, height: 300 }
};

const input = {
	title: 'Is the gynaecological LARC backlog changing?',
	summary: 'Common cause variation: no significant change.',
	kind: 'synthetic' as const,
	metadata: [
		{ label: 'Area', value: 'Thurrock' },
		{ label: 'Period', value: 'November 2023 to October 2026' },
		{ label: 'Source', value: 'Synthetic LARC requests' },
		{ label: 'Licence', value: 'Open Government Licence v3.0' },
		{ label: 'Data kind', value: 'Synthetic demonstration data' }
	],
	drawings: [drawing]
};

/** The text of the first element named `tag`, with XML's five escapes undone. */
function elementText(svg: string, tag: string): string {
	const text = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(svg)?.[1] ?? '';
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

describe('a chart image as SVG', () => {
	const { svg, width, height } = chartImageSvg(input);

	it('is a standalone XML file that an SVG renderer reads', () => {
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
		// resvg parses with a strict XML parser: a stray "&" or an unclosed tag throws here.
		const parsed = new Resvg(svg);
		expect([parsed.width, parsed.height]).toEqual([width, height]);
		expect(width).toBe(CHART_IMAGE_WIDTH);
	});

	it('carries the title, area, period, kind of data and source in its title and description', () => {
		expect(elementText(svg, 'title')).toBe('Is the gynaecological LARC backlog changing?');
		expect(elementText(svg, 'desc')).toBe(
			'Common cause variation: no significant change. Area: Thurrock. ' +
				'Period: November 2023 to October 2026. Data kind: Synthetic demonstration data. ' +
				'Source: Synthetic LARC requests.'
		);
		expect(svg).toContain('>Synthetic demonstration data</text>');
		expect(svg).toContain('>Source: Synthetic LARC requests</text>');
	});

	it('escapes the chart’s own words and lists what its numbered marks are', () => {
		expect(svg).toContain('SPC chart of women waiting &lt;gynaecological&gt; &amp; contraceptive');
		expect(svg).toContain('>1. Thurrock spoke opens, 1 March 2025</text>');
	});

	it('says "Modelled estimate" for modelled figures', () => {
		expect(chartImageSvg({ ...input, kind: 'modelled' }).svg).toContain(
			'>Modelled estimate</text>'
		);
	});
});

describe('a chart image as PNG', () => {
	it('is a PNG at twice the SVG’s size', async () => {
		const { svg, width, height } = chartImageSvg(input);
		const png = await chartImagePng(svg);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// The IHDR chunk follows the signature: length, "IHDR", then width and height (big-endian).
		expect(png.toString('ascii', 12, 16)).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
			width * PNG_SCALE,
			height * PNG_SCALE
		]);
	});
});

describe('the chart image’s stylesheet', () => {
	it('has no CSS variables, which an SVG file cannot resolve', () => {
		expect(CHART_IMAGE_CSS).not.toContain('var(');
	});

	it('names structural classes apart from styled ones', () => {
		expect(STRUCTURAL_CHART_CLASS.test('svelte-vzq0jw')).toBe(true);
		expect(STRUCTURAL_CHART_CLASS.test('spc-mean')).toBe(false);
		expect(CHART_IMAGE_CSS).toContain('.spc-mean {');
	});
});

describe('text set in lines', () => {
	it('breaks between words at the width given', () => {
		expect(wrapText('Area: Mid and South Essex ICB', 12)).toEqual([
			'Area: Mid',
			'and South',
			'Essex ICB'
		]);
	});
});
