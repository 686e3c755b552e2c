import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { loadLarcModel } from '$lib/topics/larc/model';
import { parseLarcState } from '$lib/topics/larc/state';

export const load: PageServerLoad = async ({ url }) => {
	const { state, problems } = parseLarcState(url.searchParams);
	return { state, problems, model: await loadLarcModel(await serverPageContext(), state) };
};
