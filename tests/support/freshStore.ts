/** A store in a new temporary folder, seeded from the bundled build (static/data). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UPLOADABLE } from '$lib/contracts';
import { openStore, type Store } from '$lib/server/store';

export const BUNDLE = 'static/data';

export function freshStore(): Promise<Store> {
	const dir = mkdtempSync(path.join(tmpdir(), 'store-'));
	return openStore({ dir, bundleDir: BUNDLE, uploadable: UPLOADABLE });
}
