/**
 * The data build's RTT reader on small hand-written CSV files: thousands separators inside
 * quotes, '-' (none), blank cells (not published: NULL, never 0), unknown markers, and the
 * total/median/percentile headers out of order as in some published files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckDb } from '../../scripts/data/duckdb';
import { REFERENCE_DIR } from '../../scripts/data/reference';
import {
	parseCount,
	publishedTotals,
	readRttSheet,
	rttCompletedTable,
	type RttFile
} from '../../scripts/data/rtt';

const HEADER =
	'Region_Code,Provider_code,Provider_Name,Treatment_function_code,Treatment_function_name,>0-1,>1-2,>2-3,wait_0_18,104 plus,wait_52_plus';
// Bands >0-1, >1-2 ('-': none), >2-3 (blank: not published), then derived wait_0_18, the open
// band, derived wait_52_plus.
const ROWS = [
	'Y61,RAJ,TRUST,C_502,Gynaecology Service," 1,119",-,," 1,119", 2, 2',
	'Y61,RAJ,TRUST,C_999,Total," 1,120",-, 3," 1,123", 2, 2'
];

let connection: DuckDBConnection;
const dir = mkdtempSync(join(tmpdir(), 'rtt-csv-'));

/** Writes a hand-written file and names it as the reader expects (relative to data/reference). */
function handWritten(name: string, summaryHeader: string, summaryRows: string[]): RttFile {
	const path = join(dir, name);
	const lines = [`${HEADER},${summaryHeader},Time_period`];
	ROWS.forEach((row, i) => lines.push(`${row},${summaryRows[i]},2025-09-01`));
	writeFileSync(path, `${lines.join('\n')}\n`);
	return {
		file: relative(REFERENCE_DIR, path),
		pathway: 'admitted',
		month: '2025-09',
		official: false
	};
}

beforeAll(async () => {
	connection = await openDuckDb();
});

afterAll(() => {
	connection.closeSync();
});

describe('reading a hand-written RTT file', () => {
	it('reads separators and "-", and keeps a blank cell as not published', async () => {
		const source = handWritten('aligned.csv', 'median_wait,percentile_95,completed_pathways', [
			'0.5,1.0," 1,121"',
			'0.5,1.0," 1,125"'
		]);
		const sheet = await readRttSheet(connection, source);
		expect(sheet.bands.map((b) => [b.weeksFrom, b.weeksTo])).toEqual([
			[0, 1],
			[1, 2],
			[2, 3],
			[104, null]
		]);
		expect(sheet.headerMisaligned).toBe(false);
		const table = rttCompletedTable([sheet]);
		// The C_999 Total row is left out: 4 bands of C_502 only.
		expect(table.rowCount).toBe(4);
		const patients = table.columns.find((c) => c.name === 'patients')!;
		expect([0, 1, 2, 3].map((i) => patients.value(i))).toEqual([1119, 0, null, 2]);
		const [gynae] = publishedTotals(sheet);
		expect(gynae).toMatchObject({ treatment_function_code: 'C_502', completed_all: 1121 });
	});

	it('finds the total by its values when the headers are out of order', async () => {
		// As in the October 2025 files: headers say median, 95th, total; values are total, median, 95th.
		const source = handWritten('misaligned.csv', 'median_wait,percentile_95,completed_pathways', [
			'" 1,121",0.5,1.0',
			'" 1,125",0.5,1.0'
		]);
		const sheet = await readRttSheet(connection, source);
		expect(sheet.headerMisaligned).toBe(true);
		expect(publishedTotals(sheet)[0].completed_all).toBe(1121);
	});

	it('refuses a marker it does not know rather than reading it as 0', () => {
		expect(parseCount(' 1,119')).toBe(1119);
		expect(parseCount('-')).toBe(0);
		expect(parseCount('')).toBeNull();
		expect(parseCount(null)).toBeNull();
		expect(() => parseCount('*')).toThrow(/Not a count/);
		expect(() => parseCount('1.5')).toThrow(/Not a count/);
	});
});
