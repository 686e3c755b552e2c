/**
 * A card's download as a file from the server: `/download/<file>.xlsx?page=/larc&<the page's own
 * parameters>` (or `.csv`), and its charts as `/download/<its first download>_chart.svg` (or `.png`). A plain
 * link, so it works without JavaScript. The page's model is made (or taken from the cache) for
 * those parameters and the download found in it by its name, so the file holds exactly what the
 * card showed; a chart image is cut from the page the server draws for the same URL.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { collectDownloads } from '$lib/csv/collectDownloads';
import { downloadCsv } from '$lib/csv/download';
import { DOWNLOAD_PAGE_PARAM, parseChartImageFileName } from '$lib/csv/downloadLinks';
import { pageCards } from '$lib/server/pageModels';
import { downloadXlsx, XLSX_CONTENT_TYPE } from '$lib/server/xlsx';
import {
	CHART_IMAGE_CONTENT_TYPE,
	chartImageFile,
	findCardFrame
} from '$lib/server/chartImage/chartImageDownload';

export const GET: RequestHandler = async ({ params, url, fetch }) => {
	const chartImage = parseChartImageFileName(params.file);
	const match = /^(.+)\.(csv|xlsx)$/.exec(params.file);
	if (!match && !chartImage)
		error(404, `"${params.file}" is not a CSV, XLSX, SVG or PNG file name.`);
	const pagePath = url.searchParams.get(DOWNLOAD_PAGE_PARAM) ?? '';
	const pageParams = new URLSearchParams(url.searchParams);
	pageParams.delete(DOWNLOAD_PAGE_PARAM);
	const model = await pageCards(pagePath, pageParams);
	if (model === null) error(404, `"${pagePath}" is not a page of the dashboard.`);
	const attachment = `attachment; filename="${params.file}"`;
	if (chartImage) {
		const card = findCardFrame(model, chartImage.name);
		if (!card) error(404, `No card on ${pagePath} has a chart named "${params.file}".`);
		const query = pageParams.toString();
		const page = await fetch(`${pagePath}${query ? `?${query}` : ''}`);
		const file = page.ok
			? await chartImageFile(card, await page.text(), chartImage.extension)
			: null;
		if (file === null)
			error(404, `The card "${card.title}" on ${pagePath} has no chart to download.`);
		return new Response(file, {
			headers: {
				'content-type': CHART_IMAGE_CONTENT_TYPE[chartImage.extension],
				'content-disposition': attachment
			}
		});
	}
	const [, base, extension] = match!;
	const download = collectDownloads(model).find((d) => d.fileName === `${base}.csv`);
	if (!download) error(404, `No card on ${pagePath} has a download named "${params.file}".`);
	if (extension === 'csv') {
		return new Response(downloadCsv(download), {
			headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment }
		});
	}
	return new Response(new Uint8Array(await downloadXlsx(download)), {
		headers: { 'content-type': XLSX_CONTENT_TYPE, 'content-disposition': attachment }
	});
};
