import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadOverviewModel } from '$lib/topics/overview/model';
import { parseOverviewState } from '$lib/topics/overview/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseOverviewState(url.searchParams);
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/', state, () => loadOverviewModel(ctx, state));
	return { state, problems, model };
};
