/**
 * The server side of a page model: runs it on the server's native DuckDB (cached by data version
 * and state) and answers in devalue, SvelteKit's own serialisation, which keeps undefined, NaN and
 * Dates as they were, so the page receives exactly what the browser engine would compute.
 */
import { error } from '@sveltejs/kit';
import { stringify } from 'devalue';
import { dataVersion } from '$lib/data/dataVersion';
import type { ModelAnswer } from '$lib/data/runPageModel';
import { serverPageModel } from './pageModels';

export async function modelResponse(page: string, search: URLSearchParams): Promise<Response> {
	const found = await serverPageModel(page, search);
	if (!found) error(404, `No page model called ${page}`);
	const answer: ModelAnswer<unknown> = {
		version: dataVersion(found.ctx.manifest),
		model: found.model
	};
	return new Response(stringify(answer), {
		headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' }
	});
}
