import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadAccessModel } from '$lib/topics/access/model';
import { parseAccessState } from '$lib/topics/access/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseAccessState(url.searchParams);
	const ctx = await serverPageContext();
	// The data depend only on the travel model's constants; the scenario is computed from them.
	const model = await cachedPageModel(ctx, '/access', state.constants, () =>
		loadAccessModel(ctx, state)
	);
	return { state, problems, model };
};
