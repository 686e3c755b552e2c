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
import { tableFromIPC, type Table, type Vector } from 'apache-arrow';
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
	/** Index into `localities`; -1 when the practice is unknown (the dashboard's join drops it). */
	locality: Int8Array;
	localities: string[];
	/** 0 gynaecological, 1 contraceptive, -1 anything else. */
	reason: Int8Array;
	/** 1 when the age band is one its reason's rate covers (larcRateAges.ts). */
	inRateAges: Uint8Array;
	/** Days since 1970-01-01; NaN when missing. */
	request: Float64Array;
	fit: Float64Array;
	removal: Float64Array;
}

const REASONS = ['gynaecological', 'contraceptive'] as const;

async function readTable(dataDir: string, manifest: Manifest, name: string): Promise<Table> {
	const entry = manifest.datasets.find((d) => d.name === name);
	if (!entry) throw new Error(`${dataDir}/manifest.json lists no ${name}`);
	const bytes = new Uint8Array(await readFile(path.join(dataDir, entry.file)));
	return tableFromIPC(decodeParquetNode(bytes));
}

function vectorOf(table: Table, name: string): Vector {
	const vector = table.getChild(name);
	if (!vector) throw new Error(`no column ${name}`);
	return vector;
}

/**
 * A DATE column's days straight from Arrow's Int32 buffers (reading row by row through
 * `Vector.get` takes minutes on a million rows).
 */
function dayColumn(vector: Vector): Float64Array {
	const out = new Float64Array(vector.length);
	let row = 0;
	for (const chunk of vector.data) {
		const days = chunk.values as Int32Array;
		for (let i = 0; i < chunk.length; i++) out[row++] = chunk.getValid(i) ? days[i] : NaN;
	}
	return out;
}

/** A short ASCII text column from Arrow's offsets and bytes (codes, reasons, age bands). */
function textColumn(vector: Vector): string[] {
	const out: string[] = [];
	for (const chunk of vector.data) {
		const offsets = chunk.valueOffsets as Int32Array;
		const bytes = chunk.values as Uint8Array;
		for (let i = 0; i < chunk.length; i++) {
			out.push(
				chunk.getValid(i) ? String.fromCharCode(...bytes.subarray(offsets[i], offsets[i + 1])) : ''
			);
		}
	}
	return out;
}

async function readLarcColumns(dataDir: string, manifest: Manifest): Promise<LarcColumns> {
	const practices = await readTable(dataDir, manifest, 'practices');
	const localityOf = new Map<string, string>();
	for (const row of practices) localityOf.set(String(row.practice_code), String(row.locality));
	const localities = [...new Set(localityOf.values())];
	const larc = await readTable(dataDir, manifest, 'larc_requests');
	const practice = textColumn(vectorOf(larc, 'practice_code'));
	const reason = textColumn(vectorOf(larc, 'reason'));
	const ageBand = textColumn(vectorOf(larc, 'age_band'));
	const rateBands: Record<string, readonly string[]> = REASON_POPULATION_BANDS;
	const localityIndex = new Map(localities.map((name, i) => [name, i]));
	return {
		locality: Int8Array.from(
			practice,
			(code) => localityIndex.get(localityOf.get(code) ?? '') ?? -1
		),
		localities,
		reason: Int8Array.from(reason, (r) => REASONS.indexOf(r as (typeof REASONS)[number])),
		inRateAges: Uint8Array.from(reason, (r, i) => (rateBands[r]?.includes(ageBand[i]) ? 1 : 0)),
		request: dayColumn(vectorOf(larc, 'request_date')),
		fit: dayColumn(vectorOf(larc, 'fit_date')),
		removal: dayColumn(vectorOf(larc, 'removal_date'))
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

/** Per month end × locality × reason (`cell`): waiting, within target, of rate ages. */
interface Counts {
	waiting: Int32Array;
	within: Int32Array;
	inRateAges: Int32Array;
	cell(month: number, locality: number, reason: number): number;
}

/** For every request and every month end: is it waiting there, within target, of rate ages? */
function countWaiting(columns: LarcColumns, monthEnds: readonly number[]): Counts {
	const targetWeeks = [
		DEFAULT_WAIT_TARGETS.gynaecologicalWeeks,
		DEFAULT_WAIT_TARGETS.contraceptiveWeeks
	];
	const localities = columns.localities.length;
	const cell = (month: number, locality: number, reason: number) =>
		(month * localities + locality) * REASONS.length + reason;
	const size = monthEnds.length * localities * REASONS.length;
	const counts = {
		waiting: new Int32Array(size),
		within: new Int32Array(size),
		inRateAges: new Int32Array(size),
		cell
	};
	for (let i = 0; i < columns.request.length; i++) {
		const locality = columns.locality[i];
		const reason = columns.reason[i];
		const request = columns.request[i];
		if (locality < 0 || reason < 0 || Number.isNaN(request)) continue;
		for (let m = 0; m < monthEnds.length; m++) {
			const end = monthEnds[m];
			// NaN <= end is false, so a missing fit or removal never ends the wait.
			if (request > end || columns.fit[i] <= end || columns.removal[i] <= end) continue;
			const c = cell(m, locality, reason);
			counts.waiting[c] += 1;
			if ((end - request) / 7 <= targetWeeks[reason]) counts.within[c] += 1;
			counts.inRateAges[c] += columns.inRateAges[i];
		}
	}
	return counts;
}

/** Throws unless every cell of native DuckDB's waiting list matches the plain count. */
async function checkAgainstNative(
	dataDir: string,
	columns: LarcColumns,
	monthEnds: readonly number[],
	counts: Counts
): Promise<void> {
	const { db, manifest } = await openNativeDatabaseWithData(dataDir);
	try {
		const rows = await waitingListAtMonthEnd(db, {
			period: reportingPeriod(manifest, 'larc_requests')
		});
		if (rows.length !== counts.waiting.length) {
			throw new Error(`SQL gave ${rows.length} cells, plain JavaScript ${counts.waiting.length}`);
		}
		for (const row of rows) {
			const key = `${row.month_end} ${row.locality} ${row.reason}`;
			const c = counts.cell(
				monthEnds.indexOf(Date.parse(`${row.month_end}T00:00:00Z`) / DAY_MS),
				columns.localities.indexOf(row.locality),
				REASONS.indexOf(row.reason)
			);
			const plain = [counts.waiting[c], counts.within[c], counts.inRateAges[c]].join(',');
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
	await checkAgainstNative(dataDir, read.result, monthEnds, first.result);
	return {
		engine: 'plain-js',
		read: single(read.ms, 'ms'),
		waitingList: withFirstRun(first.ms, samples, 'ms')
	};
}
