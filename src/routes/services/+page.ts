import type { PageLoad } from './$types';
import { runPageModel } from '$lib/data/runPageModel';
import { loadServicesModel } from '$lib/topics/services/model';
import { parseServicesState } from '$lib/topics/services/state';

export const load: PageLoad = async ({ url, fetch }) => {
	const { state, problems } = parseServicesState(url.searchParams);
	const { model, engine } = await runPageModel(fetch, 'services', url.search, (ctx) =>
		loadServicesModel(ctx, state)
	);
	return { state, problems, model, engine };
};
