/**
 * The server's store (store/index.ts), opened on first use from the environment: STORE_DIR (by
 * default data/store/), seeded from the bundled build (DATA_DIR, else static/data beside the
 * source or build/client/data in the built app).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env } from '$env/dynamic/private';
import { UPLOADABLE } from '$lib/contracts';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from '$lib/contracts/fileFormat';
import { openStore, type Store } from './store';

function bundleDir(): string {
	if (env.DATA_DIR) return path.resolve(env.DATA_DIR);
	const candidates = ['static/data', 'build/client/data'].map((d) => path.resolve(d));
	const found = candidates.find((d) => existsSync(path.join(d, 'manifest.json')));
	if (!found) throw new Error(`No data found: run \`npm run data\` or set DATA_DIR`);
	return found;
}

export const storeDir = () => path.resolve(env.STORE_DIR || 'data/store');

/** The largest file an analyst may upload: UPLOAD_LIMIT_MB, by default 200 MB. */
export const uploadLimitBytes = () =>
	env.UPLOAD_LIMIT_MB ? Number(env.UPLOAD_LIMIT_MB) * 1_000_000 : DEFAULT_UPLOAD_LIMIT_BYTES;

let store: Promise<Store> | undefined;

export function serverStore(): Promise<Store> {
	store ??= openStore({ dir: storeDir(), bundleDir: bundleDir(), uploadable: UPLOADABLE }).catch(
		(error: unknown) => {
			// A failed start is forgotten so that the next request can try again.
			store = undefined;
			throw error;
		}
	);
	return store;
}
