/**
 * How a page loads its figures: the browser's database module is imported on first use (so the
 * page shell renders on the server without DuckDB-WASM), the named datasets are loaded, and only
 * the latest request may report back, so a slow answer to an old filter never overwrites the
 * current one.
 */
import type { AnalyticsDatabase } from './database';
import type { DatasetName, Manifest } from './datasets';

export type LoadStatus<T> =
	{ kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'error'; message: string };

export type PageQuery<T> = (db: AnalyticsDatabase, manifest: Manifest) => Promise<T>;

/** Starts a load; call the returned function to cancel its report (an $effect's cleanup). */
export function loadForPage<T>(
	datasets: readonly DatasetName[],
	query: PageQuery<T>,
	report: (status: LoadStatus<T>) => void
): () => void {
	let current = true;
	(async () => {
		const { useDatasets } = await import('./dashboardData');
		const { db, manifest } = await useDatasets(datasets);
		return query(db, manifest);
	})().then(
		(data) => current && report({ kind: 'ready', data }),
		(error: unknown) => current && report({ kind: 'error', message: String(error) })
	);
	return () => {
		current = false;
	};
}
