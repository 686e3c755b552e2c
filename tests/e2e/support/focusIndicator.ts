/**
 * Reads a focus indicator from computed styles and measures its contrast (WCAG 2.2: relative
 * luminance and contrast ratio as WCAG defines them). What counts is what is drawn: an opaque
 * outline hides any box-shadow band it covers (the old yellow outline hid its dark bar).
 */
export type Rgba = [number, number, number, number];

export interface FocusStyles {
	backgroundColor: string;
	boxShadow: string;
	outlineColor: string;
	outlineStyle: string;
	outlineWidth: string;
	outlineOffset: string;
}

export function parseColour(css: string): Rgba {
	const parts = css
		.match(/rgba?\(([^)]+)\)/)?.[1]
		.split(/[\s,/]+/)
		.filter(Boolean);
	if (!parts) throw new Error(`Not an rgb() colour: ${css}`);
	const [r, g, b, a = '1'] = parts;
	return [Number(r), Number(g), Number(b), Number(a)];
}

function channel(value: number): number {
	const s = value / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgba): number {
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

interface Shadow {
	colour: Rgba;
	/** How far beyond the element's edge the shadow's band reaches, in px. */
	reach: number;
	inset: boolean;
}

/** "rgb(…) 0px 4px 0px 0px, rgb(…) 0px -2px 0px 0px" as Chrome computes box-shadow. */
export function parseBoxShadow(css: string): Shadow[] {
	if (css === 'none') return [];
	return css.split(/,(?![^(]*\))/).map((part) => {
		const colour = parseColour(part);
		const lengths = part
			.replace(/rgba?\([^)]*\)/, '')
			.match(/-?[\d.]+px/g)!
			.map((l) => Number(l.replace('px', '')));
		const [x = 0, y = 0, , spread = 0] = lengths;
		return {
			colour,
			reach: Math.max(Math.abs(x), Math.abs(y)) + spread,
			inset: part.includes('inset')
		};
	});
}

/** The colours the indicator actually draws: background, visible outline, uncovered shadows. */
export function drawnIndicatorColours(styles: FocusStyles): Rgba[] {
	const colours: Rgba[] = [];
	const background = parseColour(styles.backgroundColor);
	if (background[3] > 0) colours.push(background);
	const outline = parseColour(styles.outlineColor);
	const outlineWidth = parseFloat(styles.outlineWidth);
	const outlineOffset = parseFloat(styles.outlineOffset);
	const outlineDrawn = styles.outlineStyle !== 'none' && outlineWidth > 0 && outline[3] > 0;
	if (outlineDrawn) colours.push(outline);
	for (const shadow of parseBoxShadow(styles.boxShadow)) {
		if (shadow.colour[3] === 0 || shadow.reach === 0) continue;
		const covered =
			!shadow.inset &&
			outlineDrawn &&
			outlineOffset <= 0 &&
			outlineOffset + outlineWidth >= shadow.reach;
		if (!covered) colours.push(shadow.colour);
	}
	return colours;
}

/**
 * The best contrast a drawn part of the indicator has both with the surface around it and with
 * every other part of the indicator (a dark bar between a yellow fill and a white card must
 * stand out from both).
 */
export function indicatorContrast(styles: FocusStyles, surface: Rgba): number {
	const colours = drawnIndicatorColours(styles);
	return Math.max(
		0,
		...colours.map((c) =>
			Math.min(
				contrastRatio(c, surface),
				...colours
					.filter((o) => o !== c && contrastRatio(o, c) > 1.01)
					.map((o) => contrastRatio(c, o))
			)
		)
	);
}
