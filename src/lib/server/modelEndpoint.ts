/**
 * The server side of a page model: runs it on the server's native DuckDB (cached by data version
 * and state) and answers in devalue, SvelteKit's own serialisation, which keeps undefined, NaN and
 * Dates as they were, so the page receives exactly what the browser engine would compute.
 */
import { error } from '@sveltejs/kit';
import { stringify } from 'devalue';
import { dataVersion } from '$lib/data/dataVersion';
import type { ModelAnswer } from '$lib/data/runPageModel';
import { cachedPageModel } from './modelCache';
import { serverPageContext } from './pageContext';
import { PAGE_MODELS } from './pageModels';

export async function modelResponse(page: string, search: URLSearchParams): Promise<Response> {
	const source = Object.hasOwn(PAGE_MODELS, page) ? PAGE_MODELS[page] : undefined;
	if (!source) error(404, `No page model called ${page}`);
	const ctx = await serverPageContext();
	const state = source.state(search);
	const key = source.cacheKey ? source.cacheKey(state as never) : state;
	const model = await cachedPageModel(ctx, page, key, () => source.load(ctx, state as never));
	const answer: ModelAnswer<unknown> = { version: dataVersion(ctx.manifest), model };
	return new Response(stringify(answer), {
		headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' }
	});
}
