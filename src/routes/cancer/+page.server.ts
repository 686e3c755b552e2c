import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { loadCancerModel } from '$lib/topics/cancer/model';
import { parseCancerState } from '$lib/topics/cancer/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseCancerState(url.searchParams);
	return { state, problems, model: await loadCancerModel(await serverPageContext(), state) };
};
