/**
 * The server's one database: native DuckDB with the current data loaded, shared by every request
 * and opened on first use. Page models receive it as their `PageContext`, exactly as they would
 * receive DuckDB-WASM in the browser.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env } from '$env/dynamic/private';
import type { PageContext } from '$lib/data/pageContext';
import { openNativeDatabaseWithData } from './duckdbNative';

/**
 * Where the Parquet files and manifest are: DATA_DIR when set, otherwise the data build's output
 * (static/data, beside the source) or its copy in the built app (build/client/data).
 */
function dataDir(): string {
	if (env.DATA_DIR) return path.resolve(env.DATA_DIR);
	const candidates = ['static/data', 'build/client/data'].map((d) => path.resolve(d));
	const found = candidates.find((d) => existsSync(path.join(d, 'manifest.json')));
	if (!found) throw new Error(`No data found: run \`npm run data\` or set DATA_DIR`);
	return found;
}

let context: Promise<PageContext> | undefined;

export function serverPageContext(): Promise<PageContext> {
	context ??= openNativeDatabaseWithData(dataDir()).catch((error: unknown) => {
		// A failed start is forgotten so that the next request can try again.
		context = undefined;
		throw error;
	});
	return context;
}
