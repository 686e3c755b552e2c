/**
 * A card's download as a file from the server: `/download/<file>.xlsx?page=/larc&<the page's own
 * parameters>` (or `.csv`). A plain link, so it works without JavaScript. The page's model is
 * made (or taken from the cache) for those parameters and the download found in it by its name,
 * so the file holds exactly what the card showed.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { collectDownloads } from '$lib/csv/collectDownloads';
import { downloadCsv } from '$lib/csv/download';
import { DOWNLOAD_PAGE_PARAM } from '$lib/csv/downloadLinks';
import { pageCards } from '$lib/server/pageModels';
import { downloadXlsx, XLSX_CONTENT_TYPE } from '$lib/server/xlsx';

export const GET: RequestHandler = async ({ params, url }) => {
	const match = /^(.+)\.(csv|xlsx)$/.exec(params.file);
	if (!match) error(404, `"${params.file}" is not a CSV or XLSX file name.`);
	const [, base, extension] = match;
	const pagePath = url.searchParams.get(DOWNLOAD_PAGE_PARAM) ?? '';
	const pageParams = new URLSearchParams(url.searchParams);
	pageParams.delete(DOWNLOAD_PAGE_PARAM);
	const model = await pageCards(pagePath, pageParams);
	if (model === null) error(404, `"${pagePath}" is not a page of the dashboard.`);
	const download = collectDownloads(model).find((d) => d.fileName === `${base}.csv`);
	if (!download) error(404, `No card on ${pagePath} has a download named "${params.file}".`);
	const attachment = `attachment; filename="${params.file}"`;
	if (extension === 'csv') {
		return new Response(downloadCsv(download), {
			headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment }
		});
	}
	return new Response(new Uint8Array(await downloadXlsx(download)), {
		headers: { 'content-type': XLSX_CONTENT_TYPE, 'content-disposition': attachment }
	});
};
