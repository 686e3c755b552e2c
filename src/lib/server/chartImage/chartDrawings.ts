/**
 * A card's charts, taken from the page's own HTML as the server drew it (every chart is drawn on
 * the server at DEFAULT_CHART_WIDTH), so a chart image is exactly the chart the card shows. Each
 * chart is the card's Chart panel's drawing: a LayerCake SVG (role="img", named by its label) or a
 * map SVG, with the axis titles the frame writes as HTML around it.
 *
 * Svelte's server output is well-formed: attributes quoted, every element closed, text escaped
 * (& and <), no named entities, so the markup cut out here is already XML.
 */

export interface ChartDrawing {
	/** What the chart shows, as its accessible name says (the card's title for a map). */
	label: string;
	/** The vertical axis title above the chart, and the horizontal one below it, when shown. */
	yLabel: string | null;
	xLabel: string | null;
	/** What numbered marks on the chart stand for (an SPC chart's logged interventions). */
	notes: string[];
	/** A map's key (HTML beside the map on the page), drawn into the image above the map. */
	key: MapKey | null;
	/** The drawing's children: everything inside its <svg> element. */
	content: string;
	/** The whole drawing's box in its own units: plotting area plus the margins its labels use. */
	viewBox: { x: number; y: number; width: number; height: number };
}

export interface MapKey {
	title: string;
	/** The patterns the swatches fill with. */
	defs: string;
	items: { swatch: { width: number; height: number; content: string }; text: string }[];
}

/** Svelte's hydration markers and any other comments: no meaning outside the page. */
const COMMENTS = /<!--[\s\S]*?-->/g;

function attribute(tag: string, name: string): string | null {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** Text as written, from Svelte's escaped HTML (it writes only these references). */
function unescapeHtml(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
	return text.replace(/&(amp|lt|gt|quot|#(\d+));/g, (_, name: string, code?: string) =>
		code ? String.fromCharCode(Number(code)) : named[name]
	);
}

/** The index just after the </svg> closing the <svg> at `start`. */
function svgEnd(html: string, start: number): number {
	const tags = /<(\/?)svg\b[^>]*>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		depth += m[1] ? -1 : 1;
		if (depth === 0) return tags.lastIndex;
	}
	throw new Error('A chart SVG in the page is not closed.');
}

/**
 * The HTML of the card's Chart panel: from its opening to the card's next panel. Cards are found
 * by id and title, as the board pack draws two cards with the same id (one for each LARC reason).
 */
function chartPanel(html: string, cardId: string, cardTitle: string): string | null {
	const heading = new RegExp(`<h2 id="${cardId}-title"[^>]*>([\\s\\S]*?)</h2>`, 'g');
	for (const m of html.matchAll(heading)) {
		if (unescapeHtml(m[1].replace(COMMENTS, '').trim()) !== cardTitle) continue;
		const start = html.indexOf(`id="${cardId}-panel-chart"`, m.index);
		if (start < 0) return null;
		const next = html.indexOf(`id="${cardId}-panel-`, start + 1);
		return html.slice(start, next < 0 ? undefined : next);
	}
	return null;
}

const numbers = (text: string) =>
	text
		.trim()
		.split(/[\s,]+/)
		.map(Number);

/**
 * A LayerCake SVG's viewBox is its plotting area; its labels sit in the margins its style
 * places it in (`top: 18px; left: 56px`) within the width and height it was laid out for.
 */
function drawingBox(tag: string): ChartDrawing['viewBox'] {
	const [, , plotWidth, plotHeight] = numbers(attribute(tag, 'viewBox') ?? '0 0 0 0');
	const style = attribute(tag, 'style') ?? '';
	const top = Number(/top:\s*(-?[\d.]+)px/.exec(style)?.[1] ?? 0);
	const left = Number(/left:\s*(-?[\d.]+)px/.exec(style)?.[1] ?? 0);
	const width = Number(attribute(tag, 'width'));
	const height = Number(attribute(tag, 'height'));
	if (!(width > 0 && height > 0)) return { x: 0, y: 0, width: plotWidth, height: plotHeight };
	return { x: -left, y: -top, width, height };
}

function axisTitles(before: string, after: string) {
	const titles = (text: string) =>
		[...text.matchAll(/<p class="axis-title([^"]*)"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => ({
			x: m[1].includes('axis-title-x'),
			text: unescapeHtml(m[2].replace(COMMENTS, '').trim())
		}));
	const frameStart = before.lastIndexOf('class="chart-frame');
	const y = titles(before.slice(Math.max(0, frameStart))).filter((t) => !t.x);
	const nextFrame = after.indexOf('class="chart-frame');
	const x = titles(after.slice(0, nextFrame < 0 ? undefined : nextFrame)).filter((t) => t.x);
	return { yLabel: y.at(-1)?.text ?? null, xLabel: x[0]?.text ?? null };
}

const plainText = (html: string) =>
	unescapeHtml(
		html
			.replace(/<[^>]*>/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);

/** The last map key (MapLegend.svelte) before a map in its panel. */
function mapKey(before: string): MapKey | null {
	const start = before.lastIndexOf('<div class="map-legend"');
	if (start < 0) return null;
	const html = before.slice(start).replace(COMMENTS, '');
	const defs = /<svg[^>]*class="map-legend-defs"[^>]*>([\s\S]*?)<\/svg>/.exec(html)?.[1] ?? '';
	const title = /<p class="map-legend-title"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
	const items = [
		...html.matchAll(/<li[^>]*>\s*(<svg[^>]*>)([\s\S]*?)<\/svg>([\s\S]*?)<\/li>/g)
	].map((m) => ({
		swatch: {
			width: Number(attribute(m[1], 'width')),
			height: Number(attribute(m[1], 'height')),
			content: m[2]
		},
		text: plainText(m[3])
	}));
	return { title: plainText(title), defs, items };
}

/** The numbered list of interventions under an SPC chart, up to the next chart. */
function markerNotes(after: string): string[] {
	const nextFrame = after.indexOf('class="chart-frame');
	const list = /<ol class="spc-markers-list[^>]*>([\s\S]*?)<\/ol>/.exec(
		after.slice(0, nextFrame < 0 ? undefined : nextFrame)
	);
	if (!list) return [];
	return [...list[1].matchAll(/<li value="(\d+)"[^>]*>([\s\S]*?)<\/li>/g)].map(
		(m) => `${m[1]}. ${unescapeHtml(m[2].replace(COMMENTS, '').trim())}`
	);
}

/** The charts in the card `cardId` of a page's HTML, in the order the card draws them. */
export function chartDrawings(html: string, cardId: string, cardTitle: string): ChartDrawing[] {
	const panel = chartPanel(html, cardId, cardTitle);
	if (panel === null) return [];
	const drawings: ChartDrawing[] = [];
	const opening = /<svg\b[^>]*>/g;
	for (let m = opening.exec(panel); m; m = opening.exec(panel)) {
		const tag = m[0];
		const end = svgEnd(panel, m.index);
		opening.lastIndex = end;
		const isMap = /\sclass="[^"]*\bmap-svg\b/.test(tag);
		if (attribute(tag, 'role') !== 'img' && !isMap) continue;
		const inner = panel.slice(m.index + tag.length, end - '</svg>'.length);
		const [x, y, width, height] = numbers(attribute(tag, 'viewBox') ?? '0 0 0 0');
		drawings.push({
			label: isMap ? cardTitle : unescapeHtml(attribute(tag, 'aria-label') ?? cardTitle),
			...axisTitles(panel.slice(0, m.index), panel.slice(end)),
			notes: markerNotes(panel.slice(end)),
			key: isMap ? mapKey(panel.slice(0, m.index)) : null,
			content: inner.replace(COMMENTS, ''),
			viewBox: isMap ? { x, y, width, height } : drawingBox(tag)
		});
	}
	return drawings;
}
