import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadBoardPackModel } from '$lib/boardPack/model';
import { parseBoardPackState } from '$lib/boardPack/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseBoardPackState(url.searchParams);
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/board-pack', state, () =>
		loadBoardPackModel(ctx, state)
	);
	return { state, problems, model };
};
