/**
 * What kind of file an upload really is, from its bytes rather than its name: a CSV named
 * .parquet, a truncated Parquet file or an empty file is refused before DuckDB reads it.
 */
import { fileProblem, type UploadProblem } from '$lib/contracts/problems';

export type UploadFormat = 'csv' | 'parquet';

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1" at both ends of every Parquet file

const magicAt = (bytes: Uint8Array, at: number) =>
	at >= 0 && PARQUET_MAGIC.every((b, i) => bytes[at + i] === b);

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
	return fileProblem('file-type', 'The selected file must be a CSV or Parquet file');
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
