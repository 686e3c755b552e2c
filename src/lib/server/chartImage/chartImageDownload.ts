/**
 * A card's charts as an SVG or PNG file: the card's model is found in the page's model by its id
 * (its title, summary, kind of data and the metadata of its downloads), and its charts in the
 * page's own HTML, rendered by the server for the same URL (chartDrawings.ts), so the image is
 * the chart the card shows with the words its downloads carry.
 */
import type { DataKind } from '$lib/data/datasets';
import type { Download } from '$lib/csv/download';
import { cardMetadata } from '$lib/csv/metadata';
import { chartDrawings } from './chartDrawings';
import { chartImageSvg } from './chartImageSvg';
import { chartImagePng } from './chartImagePng';

/** What every card model gives ChartCard (its frame). */
export interface CardFrame {
	id: string;
	title: string;
	kind: DataKind;
	summary: string;
	downloads: Download[];
}

function isCardFrame(value: object): value is CardFrame {
	const v = value as Partial<CardFrame>;
	return (
		typeof v.id === 'string' &&
		typeof v.title === 'string' &&
		typeof v.summary === 'string' &&
		typeof v.kind === 'string' &&
		Array.isArray(v.downloads)
	);
}

/**
 * The card a chart image's name points to in a page model (plain data): the card whose first
 * download has that name, or else the first card with that id; null when there is none.
 */
export function findCardFrame(model: unknown, name: string): CardFrame | null {
	const cards: CardFrame[] = [];
	const visit = (value: unknown) => {
		if (value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) return value.forEach(visit);
		if (isCardFrame(value)) cards.push(value);
		Object.values(value).forEach(visit);
	};
	visit(model);
	return (
		cards.find((c) => c.downloads[0]?.fileName === `${name}.csv`) ??
		cards.find((c) => c.id === name) ??
		null
	);
}

export const CHART_IMAGE_CONTENT_TYPE = { svg: 'image/svg+xml', png: 'image/png' } as const;

/** The file's bytes; null when the page's HTML has no chart for the card. */
export async function chartImageFile(
	card: CardFrame,
	pageHtml: string,
	extension: 'svg' | 'png'
): Promise<Uint8Array<ArrayBuffer> | string | null> {
	const drawings = chartDrawings(pageHtml, card.id, card.title);
	if (drawings.length === 0) return null;
	const { svg } = chartImageSvg({
		title: card.title,
		summary: card.summary,
		kind: card.kind,
		metadata: cardMetadata(card.downloads),
		drawings
	});
	return extension === 'svg' ? svg : new Uint8Array(await chartImagePng(svg));
}
