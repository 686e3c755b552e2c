/**
 * The server's one database: native DuckDB with the store's current versions loaded, shared by
 * every request. Page models receive it as their `PageContext`, exactly as they would receive
 * DuckDB-WASM in the browser. When an upload or a rollback changes a current version, the next
 * request opens a database with the new versions; requests already running finish on the old
 * one, which is closed a minute later.
 */
import type { PageContext } from '$lib/data/pageContext';
import { openNativeDatabaseWithManifest } from './duckdbNative';
import { serverStore } from './serverStore';

const RETIRE_AFTER_MS = 60_000;

let loaded: { dataVersion: string; context: Promise<PageContext> } | undefined;

function retire(context: Promise<PageContext>) {
	setTimeout(() => {
		context.then(({ db }) => db.close()).catch(() => undefined);
	}, RETIRE_AFTER_MS).unref();
}

export async function serverPageContext(): Promise<PageContext> {
	const { dataDir, manifest, dataVersion } = (await serverStore()).current();
	if (loaded?.dataVersion !== dataVersion) {
		if (loaded) retire(loaded.context);
		const context = openNativeDatabaseWithManifest(dataDir, manifest).catch((error: unknown) => {
			// A failed start is forgotten so that the next request can try again.
			if (loaded?.context === context) loaded = undefined;
			throw error;
		});
		loaded = { dataVersion, context };
	}
	return loaded.context;
}
