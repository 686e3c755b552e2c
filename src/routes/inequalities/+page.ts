import type { PageLoad } from './$types';
import { runPageModel } from '$lib/data/runPageModel';
import { loadInequalitiesModel } from '$lib/topics/inequalities/model';
import { parseInequalitiesState } from '$lib/topics/inequalities/state';

export const load: PageLoad = async ({ url, fetch }) => {
	const { state, problems } = parseInequalitiesState(url.searchParams);
	const { model, engine } = await runPageModel(fetch, 'inequalities', url.search, (ctx) =>
		loadInequalitiesModel(ctx, state)
	);
	return { state, problems, model, engine, search: url.search };
};
