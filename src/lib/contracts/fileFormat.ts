/**
 * What kind of file an upload really is, from its bytes rather than its name: a CSV named
 * .parquet or .xlsx, a truncated Parquet file or an empty file is refused before it is read.
 */
import { fileProblem, type UploadProblem } from '$lib/contracts/problems';

export type UploadFormat = 'csv' | 'parquet' | 'xlsx';

/** The largest upload, unless UPLOAD_LIMIT_MB says otherwise (issue 12: 200 MB). */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 200_000_000;

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1" at both ends of every Parquet file
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": every zip archive, so every XLSX, starts so

const magicAt = (bytes: Uint8Array, at: number, magic = PARQUET_MAGIC) =>
	at >= 0 && magic.every((b, i) => bytes[at + i] === b);

export function uploadFormat(fileName: string, bytes: Uint8Array): UploadFormat | UploadProblem {
	if (bytes.length === 0) return fileProblem('empty-file', 'The selected file is empty');
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	const startsAsParquet = magicAt(bytes, 0);
	if (extension === 'parquet') {
		if (!startsAsParquet)
			return fileProblem('not-parquet', 'The file is named .parquet but is not a Parquet file');
		if (bytes.length < 12 || !magicAt(bytes, bytes.length - 4))
			return fileProblem(
				'truncated-parquet',
				'The Parquet file is incomplete: it stops before its end (was it cut short?)'
			);
		return 'parquet';
	}
	if (extension === 'csv') {
		if (startsAsParquet)
			return fileProblem('not-csv', 'The file is named .csv but is a Parquet file');
		if (bytes.subarray(0, 65_536).includes(0))
			return fileProblem('not-csv', 'The file is named .csv but is not text');
		return 'csv';
	}
	if (extension === 'xlsx') {
		if (!magicAt(bytes, 0, ZIP_MAGIC))
			return fileProblem('not-xlsx', 'The file is named .xlsx but is not an Excel workbook');
		return 'xlsx';
	}
	if (extension === 'xls')
		return fileProblem(
			'file-type',
			'The file is an Excel 97-2003 workbook (.xls): save it as an Excel Workbook (.xlsx) or CSV'
		);
	return fileProblem('file-type', 'The selected file must be a CSV, Parquet or Excel (.xlsx) file');
}

/** The column names on a CSV file's first line (RFC 4180 quoting; a UTF-8 byte order mark is skipped). */
export function csvHeader(bytes: Uint8Array): string[] {
	let text = new TextDecoder().decode(bytes.subarray(0, 65_536));
	if (text.startsWith('\uFEFF')) text = text.slice(1);
	const names: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted && ch === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (ch === '"') {
			quoted = !quoted;
		} else if (quoted) {
			field += ch;
		} else if (ch === ',') {
			names.push(field);
			field = '';
		} else if (ch === '\r' || ch === '\n') {
			break;
		} else {
			field += ch;
		}
	}
	names.push(field);
	return names.map((n) => n.trim());
}
