/**
 * Links to a card's download served by the dashboard (`/download/<file>`): the query names the
 * page and repeats its own parameters, so the server rebuilds the same page model and finds the
 * card's download in it. The file name is the CSV's with its extension changed.
 */
export const DOWNLOAD_PAGE_PARAM = 'page';

/** The file name of a download in another format: `waits_thurrock_2026-10.xlsx`. */
export function withExtension(csvFileName: string, extension: 'csv' | 'xlsx'): string {
	return csvFileName.replace(/\.csv$/, `.${extension}`);
}

/**
 * The file name of a card's charts as an image: its first download's name with "_chart" added
 * (`larc-spc-gynaecological_thurrock_2023-12-to-2026-10_chart.svg`), which tells apart two cards
 * with the same id (the board pack's two LARC SPC cards); the card's id for a card with no download.
 */
export function chartImageFileName(
	cardId: string,
	firstCsvFileName: string | undefined,
	extension: 'svg' | 'png'
): string {
	return `${firstCsvFileName?.replace(/\.csv$/, '') ?? cardId}_chart.${extension}`;
}

/**
 * What a chart image's file name names: the download (or, for a card with none, the card id) it
 * was made from, and its format; null for any other file.
 */
export function parseChartImageFileName(
	file: string
): { name: string; extension: 'svg' | 'png' } | null {
	const match = /^([a-z0-9][a-z0-9_.-]*)_chart\.(svg|png)$/.exec(file);
	return match ? { name: match[1], extension: match[2] as 'svg' | 'png' } : null;
}

/** The query string for a download of the page at `pagePath` showing `search` ("?a=b" or ""). */
export function downloadQuery(pagePath: string, search: string): string {
	const params = new URLSearchParams(search);
	params.delete(DOWNLOAD_PAGE_PARAM);
	const query = new URLSearchParams({ [DOWNLOAD_PAGE_PARAM]: pagePath }).toString();
	const rest = params.toString();
	return `?${query}${rest ? `&${rest}` : ''}`;
}
