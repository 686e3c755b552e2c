/**
 * The baseline measured in the same run as the engines: the LARC waiting list at month ends
 * computed in plain JavaScript over the rows read from the same Parquet files, by its plain
 * definition (every request against every month end). Machines and their load differ from run to
 * run; a figure divided by this baseline, taken moments apart on the same machine, does not.
 * The result is checked against native DuckDB's `waitingListAtMonthEnd`, so the baseline does the
 * same work as the query it is compared with.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { Manifest } from '$lib/data/datasets';
import { reportingPeriod } from '$lib/data/period';
import { parseManifest } from '$lib/data/loadDatasets';
import { REASON_POPULATION_BANDS } from '$lib/queries/larcRateAges';
import { DEFAULT_WAIT_TARGETS, waitingListAtMonthEnd } from '$lib/queries/larcWaitingList';
import { openNativeDatabaseWithData } from '$lib/server/duckdbNative';
import { decodeParquetNode } from '$lib/server/duckdbWasmNode';
import {
	single,
	timed,
	timeRuns,
	withFirstRun,
	type Single,
	type WithFirstRun
} from './measurement';

export interface PlainJsRun {
	engine: 'plain-js';
	/** Parquet → Arrow (parquet-wasm) → plain arrays of the columns the count needs. */
	read: Single;
	/** The waiting list at every month end of the extract, all localities, both reasons. */
	waitingList: WithFirstRun;
}

const DAY_MS = 86_400_000;

interface LarcColumns {
	locality: string[];
	reason: string[];
	ageBand: string[];
	/** Days since 1970-01-01; NaN when missing. */
	request: Float64Array;
	fit: Float64Array;
	removal: Float64Array;
}

async function readTable(dataDir: string, manifest: Manifest, name: string): Promise<Table> {
	const entry = manifest.datasets.find((d) => d.name === name);
	if (!entry) throw new Error(`${dataDir}/manifest.json lists no ${name}`);
	const bytes = new Uint8Array(await readFile(path.join(dataDir, entry.file)));
	return tableFromIPC(decodeParquetNode(bytes));
}

async function readLarcColumns(dataDir: string, manifest: Manifest): Promise<LarcColumns> {
	const practices = await readTable(dataDir, manifest, 'practices');
	const localityOf = new Map<string, string>();
	for (const row of practices) localityOf.set(String(row.practice_code), String(row.locality));
	const larc = await readTable(dataDir, manifest, 'larc_requests');
	const column = (name: string) => {
		const vector = larc.getChild(name);
		if (!vector) throw new Error(`larc_requests has no column ${name}`);
		return vector;
	};
	const days = (name: string) => {
		const vector = column(name);
		const out = new Float64Array(larc.numRows);
		for (let i = 0; i < larc.numRows; i++) {
			const ms = vector.get(i) as number | null;
			out[i] = ms === null ? NaN : ms / DAY_MS;
		}
		return out;
	};
	const practice = column('practice_code');
	const strings = (name: string) => Array.from(column(name), (v) => String(v));
	return {
		// A request whose practice is unknown has no locality, and the dashboard's join drops it.
		locality: Array.from(practice, (code) => localityOf.get(String(code)) ?? ''),
		reason: strings('reason'),
		ageBand: strings('age_band'),
		request: days('request_date'),
		fit: days('fit_date'),
		removal: days('removal_date')
	};
}

/** Last day of each month from `from`'s month to `to`, as days since 1970-01-01. */
function monthEndDays(from: string, to: string): number[] {
	const [year, month] = from.split('-').map(Number);
	const last = Date.parse(`${to}T00:00:00Z`) / DAY_MS;
	const ends: number[] = [];
	for (let m = month; ; m++) {
		const end = Date.UTC(year, m, 0) / DAY_MS;
		if (end > last) return ends;
		ends.push(end);
	}
}

type Counts = Map<string, { waiting: number; within: number; inRateAges: number }>;

/** For every request and every month end: is it waiting there, within target, of rate ages? */
function countWaiting(columns: LarcColumns, monthEnds: readonly number[]): Counts {
	const targetWeeks: Record<string, number> = {
		gynaecological: DEFAULT_WAIT_TARGETS.gynaecologicalWeeks,
		contraceptive: DEFAULT_WAIT_TARGETS.contraceptiveWeeks
	};
	const rateBands: Record<string, readonly string[]> = REASON_POPULATION_BANDS;
	const counts: Counts = new Map();
	for (let i = 0; i < columns.request.length; i++) {
		const locality = columns.locality[i];
		const request = columns.request[i];
		if (!locality || Number.isNaN(request)) continue;
		const reason = columns.reason[i];
		const inRateAges = rateBands[reason]?.includes(columns.ageBand[i]) ? 1 : 0;
		for (let m = 0; m < monthEnds.length; m++) {
			const end = monthEnds[m];
			// NaN > end is false, so a missing fit or removal never ends the wait.
			if (request > end || columns.fit[i] <= end || columns.removal[i] <= end) continue;
			const key = `${end}|${locality}|${reason}`;
			const cell = counts.get(key) ?? { waiting: 0, within: 0, inRateAges: 0 };
			cell.waiting += 1;
			if ((end - request) / 7 <= targetWeeks[reason]) cell.within += 1;
			cell.inRateAges += inRateAges;
			counts.set(key, cell);
		}
	}
	return counts;
}

/** Throws unless every cell of native DuckDB's waiting list matches the plain count. */
async function checkAgainstNative(dataDir: string, counts: Counts): Promise<void> {
	const { db, manifest } = await openNativeDatabaseWithData(dataDir);
	try {
		const rows = await waitingListAtMonthEnd(db, {
			period: reportingPeriod(manifest, 'larc_requests')
		});
		for (const row of rows) {
			const key = `${Date.parse(`${row.month_end}T00:00:00Z`) / DAY_MS}|${row.locality}|${row.reason}`;
			const cell = counts.get(key) ?? { waiting: 0, within: 0, inRateAges: 0 };
			const plain = [cell.waiting, cell.within, cell.inRateAges].join(',');
			const sql = [row.waiting, row.within_target, row.waiting_in_rate_ages].join(',');
			if (plain !== sql) {
				throw new Error(`plain JavaScript and SQL disagree at ${key}: ${plain} against ${sql}`);
			}
		}
	} finally {
		await db.close();
	}
}

/** Runs in its own process: reads once, counts once plus `runs` times, then checks the answer. */
export async function measurePlainJs(dataDir: string, runs: number): Promise<PlainJsRun> {
	const manifest = parseManifest(
		JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8'))
	);
	const read = await timed(() => readLarcColumns(dataDir, manifest));
	const period = reportingPeriod(manifest, 'larc_requests');
	const monthEnds = monthEndDays(period.from, period.to);
	const count = async () => countWaiting(read.result, monthEnds);
	const first = await timed(count);
	const samples = await timeRuns(runs, count);
	await checkAgainstNative(dataDir, first.result);
	return {
		engine: 'plain-js',
		read: single(read.ms, 'ms'),
		waitingList: withFirstRun(first.ms, samples, 'ms')
	};
}
