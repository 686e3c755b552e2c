/**
 * The large LARC extract in Node through DuckDB-WASM and the dashboard's own code: the same
 * loader (parquet-wasm decode, Arrow insert) and the same named query the home page runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArrowDatabase } from '$lib/data/database';
import { LOCALITIES, type Locality, type Manifest } from '$lib/data/datasets';
import { loadDatasets, type LoadedDataset } from '$lib/data/loadDatasets';
import { reportingPeriod } from '$lib/data/period';
import { decodeParquetNode, openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';
import { waitingListAtMonthEnd, type WaitingListRow } from '$lib/queries/larcWaitingList';
import {
	single,
	timed,
	timeRuns,
	withFirstRun,
	type Single,
	type WithFirstRun
} from './measurement';

export interface QueryTiming extends WithFirstRun {
	resultRows: number;
}

export interface LargeExtractResult {
	/** firstRun: the first load in a fresh process; median etc.: reloads into the same engine. */
	decode: WithFirstRun;
	insert: WithFirstRun;
	waitingListAllLocalities: QueryTiming;
	waitingListOneLocality: QueryTiming & { locality: Locality };
	memory: { rssBeforeLoad: Single; rssAfterQueries: Single; peakRss: Single };
}

const MB = 1024 * 1024;

function larcLoad(loaded: readonly LoadedDataset[]): LoadedDataset {
	const larc = loaded.find((d) => d.name === 'larc_requests');
	if (!larc) throw new Error('larc_requests was not loaded');
	return larc;
}

/** Drops and reloads larc_requests so each repetition runs the real loader on the same engine. */
async function reloadLarc(db: ArrowDatabase, manifest: Manifest, dataDir: string) {
	await db.query('DROP TABLE larc_requests');
	const fetchBytes = async (file: string) =>
		new Uint8Array(await readFile(path.join(dataDir, file)));
	return larcLoad(
		await loadDatasets(db, manifest, fetchBytes, decodeParquetNode, ['larc_requests'])
	);
}

async function timeQuery(
	runs: number,
	query: () => Promise<WaitingListRow[]>,
	expectedRows: number
): Promise<QueryTiming> {
	const first = await timed(query);
	if (first.result.length !== expectedRows) {
		throw new Error(`waitingListAtMonthEnd gave ${first.result.length} rows, not ${expectedRows}`);
	}
	if (!first.result.some((row) => row.waiting > 0)) {
		throw new Error('waitingListAtMonthEnd found nobody waiting in any month');
	}
	const samples = await timeRuns(runs, query);
	return { ...withFirstRun(first.ms, samples, 'ms'), resultRows: expectedRows };
}

function monthsIn(period: { from: string; to: string }): number {
	const [fromYear, fromMonth] = period.from.split('-').map(Number);
	const [toYear, toMonth] = period.to.split('-').map(Number);
	return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
}

/** Loads once, reloads `reloads` times, then runs each query once plus `queryRuns` times. */
export async function measureLargeExtract(
	dataDir: string,
	reloads: number,
	queryRuns: number,
	locality: Locality
): Promise<LargeExtractResult> {
	const rssBeforeLoad = process.memoryUsage().rss;
	const { db, manifest, loaded } = await openNodeDatabaseWithData(dataDir, [
		'larc_requests',
		'practices'
	]);
	try {
		const loads = [larcLoad(loaded)];
		while (loads.length <= reloads) loads.push(await reloadLarc(db, manifest, dataDir));

		const period = reportingPeriod(manifest, 'larc_requests');
		const perLocality = monthsIn(period) * 2;
		const all = await timeQuery(
			queryRuns,
			() => waitingListAtMonthEnd(db, { period }),
			perLocality * LOCALITIES.length
		);
		const one = await timeQuery(
			queryRuns,
			() => waitingListAtMonthEnd(db, { period, filter: { locality } }),
			perLocality
		);
		return {
			decode: withFirstRun(
				loads[0].decodeMs,
				loads.slice(1).map((l) => l.decodeMs),
				'ms'
			),
			insert: withFirstRun(
				loads[0].insertMs,
				loads.slice(1).map((l) => l.insertMs),
				'ms'
			),
			waitingListAllLocalities: all,
			waitingListOneLocality: { ...one, locality },
			memory: {
				rssBeforeLoad: single(rssBeforeLoad / MB, 'MB'),
				rssAfterQueries: single(process.memoryUsage().rss / MB, 'MB'),
				// maxRSS (KiB) is the kernel's high-water mark for this process so far; the blocking
				// DuckDB-WASM build runs on the main thread, so a timer could not sample it.
				peakRss: single(process.resourceUsage().maxRSS / 1024, 'MB')
			}
		};
	} finally {
		await db.close();
	}
}
