import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { loadRttModel } from '$lib/topics/rtt/model';
import { parseRttState } from '$lib/topics/rtt/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseRttState(url.searchParams);
	return { state, problems, model: await loadRttModel(await serverPageContext(), state) };
};
