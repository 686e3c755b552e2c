/**
 * Downloads as Excel workbooks (write-excel-file: a small, kept XLSX writer with one dependency,
 * fflate; it runs on Node 20 in the server routes). A card's workbook has a Data sheet, the same
 * header and cells as its CSV, and a Metadata sheet, the same list as the card's Download tab
 * (csv/metadata.ts). Text goes through formulaSafe, as in the CSV, and is written as text, never as
 * a formula; numbers are written as numbers.
 */
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/node';
import type { Cell, Download } from '$lib/csv/download';
import { formulaSafe } from '$lib/csv/formulaSafe';
import { downloadMetadata } from '$lib/csv/metadata';

export const XLSX_CONTENT_TYPE =
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's limit on a sheet name. */
const SHEET_NAME_MAX = 31;

/**
 * A count under disclosure control is text in the download ("615", or "*" when withheld); in a
 * workbook a published number is a number, so it sums. No leading zeros, so codes stay text.
 */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function xlsxCell(value: Cell): XlsxCell {
	if (value === null) return null;
	if (typeof value === 'number') return { value, type: Number };
	if (PLAIN_NUMBER.test(value)) return { value: Number(value), type: Number };
	return { value: formulaSafe(value), type: String };
}

const bold = (value: string): XlsxCell => ({
	value: formulaSafe(value),
	type: String,
	fontWeight: 'bold'
});

function dataSheet(download: Download, sheet: string): Sheet<Buffer> {
	return {
		sheet,
		data: [download.header.map(bold), ...download.rows.map((row) => row.map(xlsxCell))],
		stickyRowsCount: 1
	};
}

function metadataSheet(rows: { label: string; value: string }[], sheet: string): Sheet<Buffer> {
	return {
		sheet,
		data: [
			[bold('Field'), bold('Value')],
			...rows.map((r) => [xlsxCell(r.label), xlsxCell(r.value)])
		],
		columns: [{ width: 22 }, { width: 100 }]
	};
}

/** One card's download: its Data sheet and its Metadata sheet. */
export async function downloadXlsx(download: Download): Promise<Buffer> {
	return writeXlsxFile([
		dataSheet(download, 'Data'),
		metadataSheet(downloadMetadata(download), 'Metadata')
	]).toBuffer();
}

/** The XLSX file name of a download: its CSV name with the other extension. */
export function xlsxFileName(download: Download): string {
	return download.fileName.replace(/\.csv$/, '.xlsx');
}

/**
 * Sheet names that Excel accepts and that differ from each other: at most 31 characters, none of
 * : \ / ? * [ ], and a number added where two would be the same.
 */
export function sheetNames(titles: readonly string[]): string[] {
	const used = new Set<string>();
	return titles.map((title) => {
		const clean =
			title
				.replace(/[:\\/?*[\]]/g, ' ')
				.replace(/\s+/g, ' ')
				.trim() || 'Sheet';
		let name = clean.slice(0, SHEET_NAME_MAX).trim();
		for (let n = 2; used.has(name.toLowerCase()); n++) {
			const suffix = ` (${n})`;
			name = clean.slice(0, SHEET_NAME_MAX - suffix.length).trim() + suffix;
		}
		used.add(name.toLowerCase());
		return name;
	});
}

/** A sheet of text made for the workbook itself (not a card's download), e.g. a summary. */
export interface TextSheet {
	name: string;
	header: string[];
	rows: string[][];
}

/**
 * Many downloads in one workbook: a Contents sheet first (one row per data sheet with its
 * metadata), then any sheets of its own (`leading`), then each download's Data sheet named as
 * its file is.
 */
export async function workbookXlsx(
	downloads: readonly Download[],
	contentsIntro: { label: string; value: string }[],
	leading: readonly TextSheet[] = []
): Promise<Buffer> {
	// The start of each file name ("larc-waits") is short and says what the sheet holds.
	const names = sheetNames([
		...leading.map((l) => l.name),
		...downloads.map((d) => d.fileName.split('_')[0])
	]).slice(leading.length);
	const contents = [
		...contentsIntro,
		...downloads.flatMap((d, i) => [{ label: 'Sheet', value: names[i] }, ...downloadMetadata(d)])
	];
	return writeXlsxFile([
		metadataSheet(contents, 'Contents'),
		...leading.map((l) => ({
			sheet: l.name,
			data: [l.header.map(bold), ...l.rows.map((row) => row.map(xlsxCell))],
			stickyRowsCount: 1
		})),
		...downloads.map((d, i) => dataSheet(d, names[i]))
	]).toBuffer();
}
