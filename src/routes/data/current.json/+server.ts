import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { serverStore } from '$lib/server/serverStore';

/**
 * The manifest of the current versions: each file named by its checksum under
 * /data/parquet/, for the browser's engine. Never cached: it changes with every upload.
 */
export const GET: RequestHandler = async () =>
	json((await serverStore()).current().manifest, { headers: { 'cache-control': 'no-store' } });
