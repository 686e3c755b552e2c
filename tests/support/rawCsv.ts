/**
 * Reads a published reference CSV as plain text, independently of DuckDB and of the data build's
 * parsers, so that tests can check the dashboard's figures against the file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_DIR = join(process.cwd(), 'data', 'reference');

/** RFC 4180 fields: commas inside double quotes (e.g. " 1,019") stay in the field. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') field += text[i++];
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}

/** The rows of a reference file as objects keyed by header (the first header wins if repeated). */
export function readReferenceCsv(file: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(readFileSync(join(REFERENCE_DIR, file), 'utf8'));
	return rows.map((cells) => {
		const record: Record<string, string> = {};
		header.forEach((name, i) => {
			if (!(name in record)) record[name] = cells[i] ?? '';
		});
		return record;
	});
}

/** A published whole number as printed: spaces and thousands separators removed. */
export function publishedNumber(cell: string): number {
	const text = cell.trim().replaceAll(',', '');
	if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`Not a published number: '${cell}'`);
	return Number(text);
}
