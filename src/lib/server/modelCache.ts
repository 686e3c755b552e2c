/**
 * Page models computed on the server, remembered by data version and page state, so a view many
 * people open (the default of each page, a tile's link) is computed once per data version.
 * Models are plain data and never changed after they are made, so one copy can be shared.
 */
import type { PageContext } from '$lib/data/pageContext';

const MAX_CACHED = 200;
const cache = new Map<string, Promise<unknown>>();

/**
 * The data a model was computed from: each dataset's checksum, so an upload or a rollback of any
 * dataset (which changes the store's current version, and so the manifest) gives new models.
 */
export const dataVersionOf = (ctx: PageContext) =>
	ctx.manifest.datasets.map((d) => `${d.name}:${d.sha256}`).join(',');

export function cachedPageModel<M>(
	ctx: PageContext,
	page: string,
	state: unknown,
	load: () => Promise<M>
): Promise<M> {
	const key = `${dataVersionOf(ctx)}|${page}|${JSON.stringify(state)}`;
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
