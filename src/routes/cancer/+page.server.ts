import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadCancerModel } from '$lib/topics/cancer/model';
import { parseCancerState } from '$lib/topics/cancer/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseCancerState(url.searchParams);
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/cancer', state, () => loadCancerModel(ctx, state));
	return { state, problems, model };
};
