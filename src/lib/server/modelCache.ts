/**
 * Page models computed on the server, remembered by data version and page state, so a view many
 * people open (the default of each page, a tile's link) is computed once per data version.
 * Models are plain data and never changed after they are made, so one copy can be shared.
 */
import type { PageContext } from '$lib/data/pageContext';
import { dataVersion } from '$lib/data/dataVersion';

const MAX_CACHED = 200;
const cache = new Map<string, Promise<unknown>>();

export function cachedPageModel<M>(
	ctx: PageContext,
	page: string,
	state: unknown,
	load: () => Promise<M>
): Promise<M> {
	const key = `${dataVersion(ctx.manifest)}|${page}|${JSON.stringify(state)}`;
	let model = cache.get(key) as Promise<M> | undefined;
	if (!model) {
		// A failed model is forgotten, so the next request tries again.
		model = load().catch((error: unknown) => {
			cache.delete(key);
			throw error;
		});
		if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
		cache.set(key, model);
	}
	return model;
}
