/**
 * A card's charts as one standalone SVG file: the card's title, area, period and kind of data
 * (so a synthetic or modelled chart says so wherever the file goes), each chart under its own
 * name with its axis titles, and the source and licence at the foot. The same words are its
 * <title> and <desc>, for screen readers and search. It needs nothing from the dashboard: the
 * namespace is declared, the styles are in the file (chartImageCss.ts), the fonts are Arial's
 * family with common fallbacks. The PNG is drawn from this file (chartImagePng.ts).
 */
import { DATA_KIND_LABEL, type DataKind } from '$lib/data/datasets';
import type { MetadataItem } from '$lib/csv/metadata';
import type { ChartDrawing, MapKey } from './chartDrawings';
import { CHART_IMAGE_CSS } from './chartImageCss';

export interface ChartImageInput {
	title: string;
	summary: string;
	kind: DataKind;
	/** The card's metadata as its About tab lists it (cardMetadata): area, period, source… */
	metadata: readonly MetadataItem[];
	drawings: readonly ChartDrawing[];
}

/** The width of the file's drawing area: a chart as the server lays it out. */
const CONTENT_WIDTH = 640;
const MARGIN = 16;
export const CHART_IMAGE_WIDTH = CONTENT_WIDTH + 2 * MARGIN;

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Words in lines of at most `max` characters (a line of SVG text does not wrap itself). */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max)
			lines[lines.length - 1] += ` ${word}`;
		else lines.push(word);
	}
	return lines;
}

const metadataValue = (metadata: readonly MetadataItem[], label: string) =>
	metadata.find((m) => m.label === label)?.value ?? null;

/** Lines of text set from `y` down; returns the markup and the y below them. */
function textBlock(lines: readonly string[], y: number, className: string, lineHeight: number) {
	const markup = lines
		.map(
			(line, i) =>
				`<text x="${MARGIN}" y="${y + i * lineHeight}" class="${className}">${escapeXml(line)}</text>`
		)
		.join('');
	return { markup, y: y + lines.length * lineHeight };
}

/** A map's key: its title, then a swatch and its words on each line. Returns the y below it. */
function drawKey(key: MapKey, top: number, parts: string[]): number {
	let y = top;
	parts.push(`<defs>${key.defs}</defs>`);
	const title = textBlock([key.title], y, 'image-axis-title', 18);
	parts.push(title.markup);
	y = title.y;
	for (const item of key.items) {
		const { width, height, content } = item.swatch;
		parts.push(
			`<svg x="${MARGIN}" y="${y - 13}" width="${width}" height="${height}" overflow="visible">${content}</svg>`,
			`<text x="${MARGIN + 36}" y="${y}" class="image-subtitle">${escapeXml(item.text)}</text>`
		);
		y += 22;
	}
	return y + 4;
}

/** The words every copy of the chart carries: area, period and kind of data. */
export function chartImageDescription(input: ChartImageInput): string {
	const facts = ['Area', 'Period', 'Data kind', 'Source']
		.map((label) => [label, metadataValue(input.metadata, label)] as const)
		.filter(([, value]) => value !== null)
		.map(([label, value]) => `${label}: ${value}.`);
	return [input.summary, ...facts].join(' ');
}

export function chartImageSvg(input: ChartImageInput): {
	svg: string;
	width: number;
	height: number;
} {
	const parts: string[] = [];
	let y = MARGIN + 18;
	const add = (block: { markup: string; y: number }) => {
		parts.push(block.markup);
		y = block.y;
	};
	add(textBlock(wrapText(input.title, 58), y, 'image-title', 24));
	const area = metadataValue(input.metadata, 'Area');
	const period = metadataValue(input.metadata, 'Period');
	const where = [area && `Area: ${area}.`, period && `Period: ${period}.`]
		.filter(Boolean)
		.join(' ');
	if (where) add(textBlock(wrapText(where, 84), y + 2, 'image-subtitle', 18));
	add(textBlock([DATA_KIND_LABEL[input.kind]], y, 'image-kind', 18));
	for (const drawing of input.drawings) {
		y += 14;
		add(textBlock(wrapText(drawing.label, 80), y, 'image-chart-label', 18));
		if (drawing.key) y = drawKey(drawing.key, y, parts);
		if (drawing.yLabel) add(textBlock(wrapText(drawing.yLabel, 90), y, 'image-axis-title', 16));
		const box = drawing.viewBox;
		const height = (box.height * CONTENT_WIDTH) / box.width;
		parts.push(
			`<svg x="${MARGIN}" y="${y}" width="${CONTENT_WIDTH}" height="${height}" ` +
				`viewBox="${box.x} ${box.y} ${box.width} ${box.height}" overflow="visible">` +
				`${drawing.content}</svg>`
		);
		y += height + 6;
		if (drawing.xLabel)
			add(textBlock(wrapText(drawing.xLabel, 90), y + 12, 'image-axis-title', 16));
		if (drawing.notes.length > 0) {
			add(textBlock(['Interventions marked on the chart:'], y + 14, 'image-axis-title', 16));
			add(
				textBlock(
					drawing.notes.flatMap((note) => wrapText(note, 96)),
					y,
					'image-subtitle',
					16
				)
			);
		}
	}
	const source = metadataValue(input.metadata, 'Source');
	const licence = metadataValue(input.metadata, 'Licence');
	const foot = [source && `Source: ${source}`, licence && `Licence: ${licence}`].filter(Boolean);
	y += 12;
	for (const line of foot) add(textBlock(wrapText(line as string, 110), y, 'image-source', 15));
	const width = CHART_IMAGE_WIDTH;
	const height = Math.ceil(y + MARGIN);
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
		`viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-image-title chart-image-desc">` +
		`<title id="chart-image-title">${escapeXml(input.title)}</title>` +
		`<desc id="chart-image-desc">${escapeXml(chartImageDescription(input))}</desc>` +
		`<style>${CHART_IMAGE_CSS}</style>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		parts.join('') +
		`</svg>\n`;
	return { svg, width, height };
}
