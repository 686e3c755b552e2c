import type { PageLoad } from './$types';
import { runPageModel } from '$lib/data/runPageModel';
import { loadAccessModel } from '$lib/topics/access/model';
import { parseAccessState } from '$lib/topics/access/state';

export const load: PageLoad = async ({ url, fetch }) => {
	const { state, problems } = parseAccessState(url.searchParams);
	const { model, engine } = await runPageModel(fetch, 'access', url.search, (ctx) =>
		loadAccessModel(ctx, state)
	);
	return { state, problems, model, engine };
};
