/**
 * What a page model is given: a database holding the current data, and the manifest describing
 * it. Nothing about which engine it is, so the same page model runs on the server (native
 * DuckDB) and in the browser (DuckDB-WASM).
 */
import type { AnalyticsDatabase } from './database';
import type { Manifest } from './datasets';

export interface PageContext {
	db: AnalyticsDatabase;
	manifest: Manifest;
}
