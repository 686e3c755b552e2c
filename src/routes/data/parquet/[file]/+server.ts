import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import type { RequestHandler } from './$types';
import { serverStore } from '$lib/server/serverStore';

/**
 * A dataset version's Parquet file under its checksum: it never changes, so browsers may keep it
 * for good. Only versions that were made current at some time are served, never a file that was
 * only checked.
 */
export const GET: RequestHandler = async ({ params }) => {
	const sha256 = /^([0-9a-f]{64})\.parquet$/.exec(params.file)?.[1];
	if (!sha256) error(404, 'Not found');
	const store = await serverStore();
	const [known] = await store.meta.use((db) =>
		db.rows('SELECT 1 AS known FROM versions WHERE sha256 = ? LIMIT 1', [sha256])
	);
	if (!known) error(404, 'Not found');
	return new Response(await readFile(store.objects.pathOf(sha256)), {
		headers: {
			'content-type': 'application/vnd.apache.parquet',
			'cache-control': 'public, max-age=31536000, immutable'
		}
	});
};
