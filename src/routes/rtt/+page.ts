import type { PageLoad } from './$types';
import { runPageModel } from '$lib/data/runPageModel';
import { loadRttModel } from '$lib/topics/rtt/model';
import { parseRttState } from '$lib/topics/rtt/state';

export const load: PageLoad = async ({ url, fetch }) => {
	const { state, problems } = parseRttState(url.searchParams);
	const { model, engine } = await runPageModel(fetch, 'rtt', url.search, (ctx) =>
		loadRttModel(ctx, state)
	);
	return { state, problems, model, engine };
};
