import type { PageLoad } from './$types';
import { runPageModel } from '$lib/data/runPageModel';
import { loadCancerModel } from '$lib/topics/cancer/model';
import { parseCancerState } from '$lib/topics/cancer/state';

export const load: PageLoad = async ({ url, fetch }) => {
	const { state, problems } = parseCancerState(url.searchParams);
	const { model, engine } = await runPageModel(fetch, 'cancer', url.search, (ctx) =>
		loadCancerModel(ctx, state)
	);
	return { state, problems, model, engine };
};
