/**
 * An XLSX upload as the CSV text the CSV path reads, so exactly the same checks run on it. The
 * workbook is unpacked within limits (zipArchive.ts), its cells read by read-excel-file (the
 * reader companion of write-excel-file, which writes our downloads), and one sheet written out as
 * CSV: the sheet named after the dataset if there is one, else the first. Rows keep their sheet
 * numbers (the header is row 1). Engine-neutral: it runs on the server and in the browser.
 *
 * - Cells typed as Excel dates become YYYY-MM-DD (a date with a time of day keeps its time, and so
 *   fails a date column's check rather than losing it silently).
 * - Numbers keep the text the workbook stores, so no digit is lost or added.
 * - A cell holding a formula is read as its formula's text (`=HYPERLINK(…)`), never as the value
 *   Excel last calculated and never calculated here; the checks then refuse it in any coded,
 *   numeric or date column, and every download neutralises such text (csv/formulaSafe.ts).
 */
import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { fileProblem, type UploadProblem } from './problems';
import { unzipWorkbook, WORKBOOK_MAX_RATIO } from './zipArchive';

/** How many times the upload limit a workbook may unpack to (its XML is bulkier than CSV). */
export const XLSX_UNPACKED_FACTOR = 4;
/**
 * Whatever the upload limit, a workbook may unpack to at most this: its XML is held as text, a
 * rewritten copy and parsed cells at once, so this bounds the server's memory (about 250,000 rows
 * of a LARC extract; larger extracts come as CSV or Parquet, which are read by DuckDB itself).
 */
export const XLSX_MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

type CellValue = string | number | boolean | Date | null;

export interface WorkbookTable {
	/** The sheet read. */
	sheet: string;
	/** The sheet as UTF-8 CSV: a header row, every cell quoted, empty cells empty. */
	csv: Uint8Array;
}

// Element names may carry a namespace prefix (`<x:c>`, as the Open XML SDK writes them).
const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const FORMULA = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const SHEET_DATA = /<(?:[\w.-]+:)?sheetData\b/;
const SHARED_INDEX = /\bsi="(\d+)"/;

/**
 * A worksheet's XML with every formula cell turned into a text cell holding `=` and the formula
 * (still XML-escaped, as it was). A cell sharing another's formula holds no text of its own, so it
 * gets its master's (the master always comes first in the sheet).
 */
export function formulasAsText(sheetXml: string): string {
	const shared = new Map<string, string>();
	return sheetXml.replace(CELL, (cell, prefix: string, attributes: string, content?: string) => {
		const formula = content ? FORMULA.exec(content) : null;
		if (!formula) return cell;
		const index = SHARED_INDEX.exec(formula[1])?.[1];
		let text = formula[2] ?? '';
		if (index !== undefined) {
			if (text) shared.set(index, text);
			else text = shared.get(index) ?? '';
		}
		const kept = attributes.replace(/\s+t="[^"]*"/, '');
		const [c, is, t] = ['c', 'is', 't'].map((name) => prefix + name);
		return `<${c}${kept} t="inlineStr"><${is}><${t}>=${text}</${t}></${is}></${c}>`;
	});
}

function cellText(value: CellValue): string {
	if (value === null) return '';
	if (value instanceof Date) {
		const iso = value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return String(value);
}

const csvField = (text: string) => (text === '' ? '' : `"${text.replaceAll('"', '""')}"`);

function sheetCsv(rows: CellValue[][]): string {
	let last = rows.length;
	while (last > 0 && rows[last - 1].every((v) => cellText(v) === '')) last--;
	return rows
		.slice(0, last)
		.map((row) => row.map((v) => csvField(cellText(v))).join(','))
		.join('\n');
}

/** The workbook's parts again, formulas as text, stored without compression for the reader. */
function rewrittenWorkbook(parts: Record<string, Uint8Array>): ArrayBuffer {
	const decoder = new TextDecoder();
	const encoder = new TextEncoder();
	const rewritten: Record<string, Uint8Array> = {};
	for (const [name, bytes] of Object.entries(parts)) {
		const text = name.endsWith('.xml') ? decoder.decode(bytes) : '';
		rewritten[name] = SHEET_DATA.test(text) ? encoder.encode(formulasAsText(text)) : bytes;
	}
	const zipped = zipSync(rewritten, { level: 0 });
	return zipped.buffer.slice(
		zipped.byteOffset,
		zipped.byteOffset + zipped.byteLength
	) as ArrayBuffer;
}

/**
 * Reads one sheet of an XLSX upload (one uploadFormat called 'xlsx') as CSV; `limitBytes` is the
 * upload's size limit.
 */
export async function workbookTable(
	bytes: Uint8Array,
	a: { dataset: string; limitBytes: number }
): Promise<WorkbookTable | { problem: UploadProblem }> {
	const unzipped = unzipWorkbook(bytes, {
		maxUnpackedBytes: Math.min(a.limitBytes * XLSX_UNPACKED_FACTOR, XLSX_MAX_UNPACKED_BYTES),
		maxRatio: WORKBOOK_MAX_RATIO
	});
	if ('problem' in unzipped) return unzipped;
	let sheets: { sheet: string; data: CellValue[][] }[];
	try {
		// Numbers are kept as the text the workbook stores (parseNumber), dates become Dates.
		sheets = (await readXlsxFile(rewrittenWorkbook(unzipped.parts), {
			parseNumber: (text: string) => text,
			trim: false
		})) as unknown as { sheet: string; data: CellValue[][] }[];
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			problem: fileProblem(
				'unreadable',
				`The file is not a readable Excel workbook: ${reason.slice(0, 300)}`
			)
		};
	}
	const chosen =
		sheets.find((s) => s.sheet.trim().toLowerCase() === a.dataset.toLowerCase()) ?? sheets[0];
	if (!chosen) return { problem: fileProblem('empty-sheet', 'The workbook has no sheets') };
	const csv = sheetCsv(chosen.data);
	if (csv === '')
		return {
			problem: fileProblem('empty-sheet', `The sheet ${chosen.sheet} in the workbook is empty`)
		};
	return { sheet: chosen.sheet, csv: new TextEncoder().encode(csv + '\n') };
}
