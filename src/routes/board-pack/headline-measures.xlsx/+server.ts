/**
 * "Download all headline measures for this month": one workbook holding the headline measures for
 * the month (one row each, as the summary report shows them), then every download of every card
 * in the board pack for the month and locality in the URL, with a Contents sheet that gives each
 * sheet's metadata. A plain link from the pack, so it works without JavaScript.
 */
import type { RequestHandler } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { workbookXlsx, XLSX_CONTENT_TYPE } from '$lib/server/xlsx';
import { loadBoardPackModel } from '$lib/boardPack/model';
import { parseBoardPackState } from '$lib/boardPack/state';
import { slug } from '$lib/csv/fileName';
import { collectDownloads } from '$lib/csv/collectDownloads';
import { headlineSheet } from '$lib/boardPack/headlineSheet';

const HEADLINE_SHEET = 'Headline measures';

export const GET: RequestHandler = async ({ url }) => {
	const { state } = parseBoardPackState(url.searchParams);
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/board-pack', state, () =>
		loadBoardPackModel(ctx, state)
	);
	const downloads = collectDownloads(model.sections);
	const workbook = await workbookXlsx(
		downloads,
		[
			{ label: 'Board pack', value: `Women's health programme board pack, ${model.monthText}` },
			{ label: 'LARC and ring pessary area', value: model.areaLabel },
			{
				label: 'Headline measures',
				value: `On the sheet "${HEADLINE_SHEET}": ${model.tiles.map((t) => t.title).join('; ')}`
			}
		],
		[{ name: HEADLINE_SHEET, ...headlineSheet(model.tiles, model.areaLabel) }]
	);
	const fileName = `headline-measures_${slug(model.areaLabel)}_${model.month}.xlsx`;
	return new Response(new Uint8Array(workbook), {
		headers: {
			'content-type': XLSX_CONTENT_TYPE,
			'content-disposition': `attachment; filename="${fileName}"`
		}
	});
};
