/** The text of each page of a PDF (pdfjs-dist), with line breaks and runs of spaces as one space. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const oneSpaced = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
	const doc = await getDocument({ data: bytes, useSystemFonts: true }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const { items } = await (await doc.getPage(n)).getTextContent();
		const text = items.map((i) => ('str' in i ? i.str + (i.hasEOL ? ' ' : '') : '')).join('');
		pages.push(oneSpaced(text));
	}
	await doc.destroy();
	return pages;
}
