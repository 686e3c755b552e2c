import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { parseOverviewState } from '$lib/topics/overview/state';
import { loadOverviewModel } from '$lib/topics/overview/model';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseOverviewState(url.searchParams);
	return { state, problems, model: await loadOverviewModel(await serverPageContext(), state) };
};
