import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { serverPageContext } from '$lib/server/pageContext';

/** The manifest of the data the server holds now: the browser engine loads the same version. */
export const GET: RequestHandler = async () =>
	json((await serverPageContext()).manifest, { headers: { 'cache-control': 'no-cache' } });
