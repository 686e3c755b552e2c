/**
 * rtt_completed: NHS England Referral to Treatment completed pathways for Mid and South Essex NHS
 * FT (RAJ), tidy: one row per (month, treatment function, pathway, weekly band).
 *
 * The published CSVs are read deliberately, not trusted by header name:
 * - weekly bands are the columns headed '>a-b' and '104 plus'; the derived columns mixed among
 *   them (wait_0_18, wait_19_52, wait_52_plus, medians, 95th percentiles, totals) are dropped;
 * - '-' in a count cell means none (0): the official workbook for the same publication prints 0
 *   where these extracts print '-' (e.g. Cardiothoracic Surgery, Mental Health), and with
 *   '-' = 0 the bands add up to the published totals; an empty cell would be NULL;
 * - counts carry spaces and thousands separators (' 1,119');
 * - the completed-pathways total is found by its values (whole numbers, where the median and
 *   95th percentile have decimals), because in the 2025-10 files the last three headers are in a
 *   different order from the values beneath them;
 * - the C_999 'Total' row equals the sum of the treatment functions and is left out.
 * The per-month files are the source; a month and pathway with only the '_official' workbook
 * extract (non-admitted, September 2025) is taken from that.
 */
import { readdirSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { REFERENCE_DIR, referencePath, sqlString } from './reference';
import { queryArrays } from './duckdb';
import { parseDay } from './synthetic/calendar';
import { createTableFromColumns, type ColumnarTable } from './writeParquet';

const FILE_PATTERN = /^rtt_raj_completed_(admitted|nonadmitted)_(\d{4}-\d{2})(_official)?\.csv$/;
const BAND_PATTERN = /^>(\d+)-(\d+)$/;
const OPEN_BAND = '104 plus';
const TOTAL_ROW = 'C_999';

export interface RttFile {
	file: string;
	pathway: 'admitted' | 'non_admitted';
	month: string;
	official: boolean;
}

export function listRttFiles(): RttFile[] {
	return readdirSync(REFERENCE_DIR)
		.filter((file) => FILE_PATTERN.test(file))
		.sort()
		.map((file) => {
			const [, pathway, month, official] = FILE_PATTERN.exec(file)!;
			return {
				file,
				pathway: pathway === 'admitted' ? 'admitted' : 'non_admitted',
				month,
				official: official !== undefined
			};
		});
}

/** One file per (pathway, month): the per-month extract, else the official workbook extract. */
export function rttSourceFiles(files: RttFile[] = listRttFiles()): RttFile[] {
	return files.filter(
		(candidate) =>
			!candidate.official ||
			!files.some(
				(other) =>
					!other.official && other.pathway === candidate.pathway && other.month === candidate.month
			)
	);
}

/** A published count: '-' is none (0), an empty cell is not published (null). */
export function parseCount(cell: string | null): number | null {
	const text = (cell ?? '').trim();
	if (text === '') return null;
	if (text === '-') return 0;
	const digits = text.replaceAll(',', '');
	if (!/^\d+$/.test(digits)) throw new Error(`Not a count: '${cell}'`);
	return Number(digits);
}

export interface RttSheet {
	source: RttFile;
	header: string[];
	rows: string[][];
	bands: { index: number; weeksFrom: number; weeksTo: number | null }[];
	/** Completed pathways, all (including any with an unknown clock start). */
	totalIndex: number;
	/** Completed pathways with a known clock start, where published (official extract only). */
	knownClockStartIndex: number | null;
	/** True when the header names of the total, median and percentile columns are out of place. */
	headerMisaligned: boolean;
}

function isWholeNumberColumn(rows: string[][], index: number): boolean {
	return rows.every((row) => {
		const cell = (row[index] ?? '').trim();
		return cell === '-' || /^[\d,]+$/.test(cell);
	});
}

export async function readRttSheet(
	connection: DuckDBConnection,
	source: RttFile
): Promise<RttSheet> {
	const lines = await queryArrays(
		connection,
		`SELECT * FROM read_csv(${sqlString(referencePath(source.file))},
			header = false, all_varchar = true, delim = ',', quote = '"')`
	);
	const [header, ...rows] = lines.map((line) => line.map((cell) => (cell ?? '') as string));
	const bands = header.flatMap((name, index): RttSheet['bands'] => {
		const match = BAND_PATTERN.exec(name);
		if (match) return [{ index, weeksFrom: Number(match[1]), weeksTo: Number(match[2]) }];
		return name === OPEN_BAND ? [{ index, weeksFrom: 104, weeksTo: null }] : [];
	});
	const knownIndex = header.findIndex((name) => /known clock start\)$/i.test(name));
	const allIndex = header.findIndex((name) => /completed pathways \(all\)$/i.test(name));
	if (allIndex >= 0) {
		const knownClockStartIndex = knownIndex >= 0 ? knownIndex : null;
		return {
			source,
			header,
			rows,
			bands,
			totalIndex: allIndex,
			knownClockStartIndex,
			headerMisaligned: false
		};
	}
	const summary = header
		.map((name, index) => ({ name, index }))
		.filter(({ name }) => /^(median_wait|percentile_95|completed_pathways)$/i.test(name));
	const whole = summary.filter(({ index }) => isWholeNumberColumn(rows, index));
	if (summary.length !== 3 || whole.length !== 1) {
		throw new Error(`${source.file}: cannot tell which column is the completed-pathways total`);
	}
	return {
		source,
		header,
		rows,
		bands,
		totalIndex: whole[0].index,
		knownClockStartIndex: null,
		headerMisaligned: !/completed/i.test(whole[0].name)
	};
}

export interface RttPublishedTotal {
	source_file: string;
	treatment_function_code: string;
	band_sum: number;
	completed_all: number;
	completed_known_clock_start: number | null;
	/** The published weekly bands, in order, for checking the C_999 row. */
	bands: (number | null)[];
}

export function publishedTotals(sheet: RttSheet): RttPublishedTotal[] {
	return sheet.rows.map((row) => {
		const bands = sheet.bands.map(({ index }) => parseCount(row[index]));
		return {
			source_file: sheet.source.file,
			treatment_function_code: row[3],
			band_sum: bands.reduce<number>((sum, value) => sum + (value ?? 0), 0),
			completed_all: parseCount(row[sheet.totalIndex]) ?? 0,
			completed_known_clock_start:
				sheet.knownClockStartIndex === null ? null : parseCount(row[sheet.knownClockStartIndex]),
			bands
		};
	});
}

/** The tidy table from the chosen source files, treatment-function rows only. */
export function rttCompletedTable(sheets: RttSheet[]): ColumnarTable {
	const rows = sheets.flatMap((sheet) => {
		const periodDay = parseDay(`${sheet.source.month}-01`);
		return sheet.rows
			.filter((row) => row[3] !== TOTAL_ROW)
			.flatMap((row) =>
				sheet.bands.map((band) => ({
					period: periodDay,
					provider_code: row[1],
					treatment_function_code: row[3],
					treatment_function_name: row[4],
					pathway: sheet.source.pathway,
					weeks_from: band.weeksFrom,
					weeks_to: band.weeksTo,
					patients: parseCount(row[band.index]),
					source_file: sheet.source.file
				}))
			);
	});
	return {
		name: 'rtt_completed',
		rowCount: rows.length,
		columns: [
			{ name: 'period', type: 'DATE', value: (i) => rows[i].period },
			{ name: 'provider_code', type: 'VARCHAR', value: (i) => rows[i].provider_code },
			{
				name: 'treatment_function_code',
				type: 'VARCHAR',
				value: (i) => rows[i].treatment_function_code
			},
			{
				name: 'treatment_function_name',
				type: 'VARCHAR',
				value: (i) => rows[i].treatment_function_name
			},
			{ name: 'pathway', type: 'VARCHAR', value: (i) => rows[i].pathway },
			{ name: 'weeks_from', type: 'INTEGER', value: (i) => rows[i].weeks_from },
			{ name: 'weeks_to', type: 'INTEGER', value: (i) => rows[i].weeks_to },
			{ name: 'patients', type: 'INTEGER', value: (i) => rows[i].patients },
			{ name: 'source_file', type: 'VARCHAR', value: (i) => rows[i].source_file }
		]
	};
}

/** Checks a per-month file's Time_period against its name. */
export function assertPeriodMatchesFile(sheet: RttSheet): void {
	const periodIndex = sheet.header.findIndex((name) => /^time_period$/i.test(name));
	if (periodIndex < 0) return;
	const wrong = sheet.rows.find((row) => row[periodIndex] !== `${sheet.source.month}-01`);
	if (wrong)
		throw new Error(`${sheet.source.file}: Time_period ${wrong[periodIndex]} ≠ file month`);
}

export interface RttBuild {
	/** e.g. 'Sep 2025 – Nov 2025'. */
	vintage: string;
	notes: string[];
}

const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const monthLabel = (month: string) =>
	`${MONTH_NAMES[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;

/** Reads every RTT file, checks it, and creates the rtt_completed table from the chosen ones. */
export async function buildRttCompleted(connection: DuckDBConnection): Promise<RttBuild> {
	const sources = rttSourceFiles();
	const sheets = await Promise.all(sources.map((source) => readRttSheet(connection, source)));
	sheets.forEach(assertPeriodMatchesFile);
	await createTableFromColumns(connection, rttCompletedTable(sheets));
	const months = sources.map((source) => source.month).sort();
	const misaligned = sheets
		.filter((sheet) => sheet.headerMisaligned)
		.map((sheet) => sheet.source.file);
	return {
		vintage: `${monthLabel(months[0])} – ${monthLabel(months[months.length - 1])}`,
		notes: misaligned.length
			? [
					`RTT total/median/percentile headers out of order in ${misaligned.join(', ')} (total found by value)`
				]
			: []
	};
}
