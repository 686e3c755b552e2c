import type { PageLoad } from './$types';
import { runPageModel } from '$lib/data/runPageModel';
import { loadLarcModel } from '$lib/topics/larc/model';
import { parseLarcState } from '$lib/topics/larc/state';

export const load: PageLoad = async ({ url, fetch }) => {
	const { state, problems } = parseLarcState(url.searchParams);
	const { model, engine } = await runPageModel(fetch, 'larc', url.search, (ctx) =>
		loadLarcModel(ctx, state)
	);
	return { state, problems, model, engine };
};
