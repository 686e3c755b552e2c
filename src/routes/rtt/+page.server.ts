import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadRttModel } from '$lib/topics/rtt/model';
import { parseRttState } from '$lib/topics/rtt/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseRttState(url.searchParams);
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/rtt', state, () => loadRttModel(ctx, state));
	return { state, problems, model };
};
