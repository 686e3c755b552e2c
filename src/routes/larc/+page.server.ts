import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadLarcModel } from '$lib/topics/larc/model';
import { parseLarcState } from '$lib/topics/larc/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseLarcState(url.searchParams);
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/larc', state, () => loadLarcModel(ctx, state));
	return { state, problems, model };
};
