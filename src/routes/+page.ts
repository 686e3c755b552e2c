import type { PageLoad } from './$types';
import { runPageModel } from '$lib/data/runPageModel';
import { loadOverviewModel } from '$lib/topics/overview/model';
import { parseOverviewState } from '$lib/topics/overview/state';

export const load: PageLoad = async ({ url, fetch }) => {
	const { state, problems } = parseOverviewState(url.searchParams);
	const { model, engine } = await runPageModel(fetch, 'overview', url.search, (ctx) =>
		loadOverviewModel(ctx, state)
	);
	return { state, problems, model, engine };
};
