import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadServicesModel } from '$lib/topics/services/model';
import { parseServicesState } from '$lib/topics/services/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseServicesState(url.searchParams);
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/services', state, () => loadServicesModel(ctx, state));
	return { problems, model };
};
