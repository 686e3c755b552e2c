import type { PageServerLoad } from './$types';
import { pageModel } from '$lib/server/pageModels';
import type { BoardPackModel } from '$lib/boardPack/model';
import { parseBoardPackState } from '$lib/boardPack/state';

/** The board pack is made for print, on the server only: no browser engine takes it over. */
export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseBoardPackState(url.searchParams);
	const model = (await pageModel('/board-pack', url.searchParams)) as BoardPackModel;
	return { state, problems, model };
};
