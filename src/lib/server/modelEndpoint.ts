/**
 * The server side of a page model: runs it on the server's native DuckDB and answers in devalue
 * (SvelteKit's own serialisation, which keeps undefined, Maps and Dates), remembering recent
 * answers by data version and query string, so a popular view is computed once.
 */
import { stringify } from 'devalue';
import type { PageContext } from '$lib/data/pageContext';
import { serverPageContext } from './pageContext';

const MAX_CACHED = 200;
const cache = new Map<string, string>();

export async function modelResponse(
	url: URL,
	load: (ctx: PageContext, search: URLSearchParams) => Promise<unknown>
): Promise<Response> {
	const ctx = await serverPageContext();
	const key = `${ctx.manifest.generatedAt}|${url.pathname}|${url.searchParams.toString()}`;
	let body = cache.get(key);
	if (body === undefined) {
		body = stringify(await load(ctx, url.searchParams));
		if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
		cache.set(key, body);
	}
	return new Response(body, {
		headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' }
	});
}
