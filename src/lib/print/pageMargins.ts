/**
 * The running header and footer of a printed page, as CSS @page margin boxes: the page title and
 * the month its data run to at the top left, "Synthetic demonstration data" at the top right
 * where the page shows any, the selection (the page's status sentence) at the bottom left and
 * "Page n of N" at the bottom right. Chromium prints margin boxes on every page, so the header
 * runs without repeating anything in the page itself.
 */
export interface PrintHeading {
	/** The page's name, e.g. "LARC and ring pessary care". */
	title: string;
	/** What the figures are filtered by: the page's status sentence. */
	selection: string;
	/** e.g. "Data to October 2026". */
	dataMonth: string;
	/** Whether the page shows synthetic figures. */
	synthetic: boolean;
}

export const SYNTHETIC_NOTICE = 'Synthetic demonstration data';

/**
 * A CSS string literal holding `text`: quotes and backslashes escaped, line breaks and angle
 * brackets as code points, so nothing in the text can end the string or the <style> element.
 */
export function cssString(text: string): string {
	const escaped = text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
	return `"${escaped}"`;
}

const BOX_STYLE = 'font-family: Arial, sans-serif; font-size: 8pt; color: #212b32;';

export function pageMarginCss(heading: PrintHeading): string {
	const boxes: [string, string][] = [
		['top-left', `${cssString(`${heading.title} · ${heading.dataMonth}`)}`],
		['top-right', cssString(heading.synthetic ? SYNTHETIC_NOTICE : '')],
		['bottom-left', cssString(heading.selection)],
		['bottom-right', '"Page " counter(page) " of " counter(pages)']
	];
	const rules = boxes.map(([box, content]) => `@${box} { content: ${content}; ${BOX_STYLE} }`);
	return `@page { ${rules.join(' ')} }`;
}
