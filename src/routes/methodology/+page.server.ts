import type { PageServerLoad } from './$types';
import { serverPageContext } from '$lib/server/pageContext';
import { cachedPageModel } from '$lib/server/modelCache';
import { loadMethodologyModel } from '$lib/topics/methodology/model';

export const load: PageServerLoad = async () => {
	const ctx = await serverPageContext();
	const model = await cachedPageModel(ctx, '/methodology', {}, () => loadMethodologyModel(ctx));
	return { model };
};
