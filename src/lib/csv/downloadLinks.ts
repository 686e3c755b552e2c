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

/** The query string for a download of the page at `pagePath` showing `search` ("?a=b" or ""). */
export function downloadQuery(pagePath: string, search: string): string {
	const params = new URLSearchParams(search);
	params.delete(DOWNLOAD_PAGE_PARAM);
	const query = new URLSearchParams({ [DOWNLOAD_PAGE_PARAM]: pagePath }).toString();
	const rest = params.toString();
	return `?${query}${rest ? `&${rest}` : ''}`;
}
