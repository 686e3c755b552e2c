/** Reading downloads back in tests: a CSV from its data: link, an XLSX from its bytes. */
import readXlsxFile from 'read-excel-file/node';
import { parseCsv } from '../../support/rawCsv';

export type Sheet = { sheet: string; data: unknown[][] };

/** The rows of a CSV download link's file (its byte order mark removed). */
export function csvFromDataHref(href: string): string[][] {
	const text = decodeURIComponent(href.slice(href.indexOf(',') + 1)).replace(/^\uFEFF/, '');
	return parseCsv(text).filter((row) => row.length > 1);
}

export async function readXlsx(bytes: Uint8Array | Buffer): Promise<Sheet[]> {
	return (await readXlsxFile(Buffer.from(bytes))) as Sheet[];
}

/**
 * A workbook sheet's cells as the CSV writes them: numbers as their shortest decimal, text as is.
 * Equal rows mean the two files hold the same figures.
 */
export function asCsvCells(data: unknown[][]): string[][] {
	return data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
}

/**
 * A CSV's cells as a workbook holds them: a plain number is a number there, so "18.20" (a figure
 * the CSV writes to two places) reads back as 18.2, the same figure.
 */
export function csvAsWorkbookCells(rows: string[][]): string[][] {
	const plainNumber = /^-?(0|[1-9]\d*)(\.\d+)?$/;
	return rows.map((row) =>
		row.map((cell) => (plainNumber.test(cell) ? String(Number(cell)) : cell))
	);
}
