/**
 * Excel uploads on the server's side: a workbook is read into the same text table as a CSV, so a
 * clean one is previewed exactly as the same rows in CSV, and each bad one is refused, naming what
 * is wrong, with the current data byte-for-byte as it was. Workbooks are made here with
 * write-excel-file, or as raw zip bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from '$lib/contracts';
import type { Store } from '$lib/server/store';
import { checkUpload } from '$lib/server/upload/uploads';
import { freshStore } from '../support/freshStore';

const analyst = { id: 1, email: 'analyst@example.nhs.uk', role: 'analyst' as const };
const TODAY = '2026-11-27';
const HEADER = [
	'request_id',
	'practice_code',
	'pcn_code',
	'lsoa21_code',
	'age_band',
	'reason',
	'gynae_sub_reason',
	'request_date',
	'fit_date',
	'setting',
	'removal_date',
	'removal_reason'
];
type Value = string | number | Date | null;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Two good rows from the bundled extract, as typed in Excel: ids as numbers, dates as dates. */
const FITTED: Value[] = [
	3,
	'F81075',
	'U27924',
	'E01021481',
	'45-54',
	'gynaecological',
	'hrt_endometrial_protection',
	day('2023-04-06'),
	day('2023-11-14'),
	'secondary_care',
	null,
	null
];
const REMOVED: Value[] = [
	485,
	'F81132',
	'U80679',
	'E01021364',
	'35-44',
	'contraceptive',
	null,
	day('2023-09-21'),
	null,
	'primary_care',
	day('2023-11-03'),
	'declined'
];
const CSV = [
	HEADER.join(','),
	'3,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,',
	'485,F81132,U80679,E01021364,35-44,contraceptive,,2023-09-21,,primary_care,2023-11-03,declined'
].join('\n');

function cell(value: Value): Cell {
	if (value === null) return null;
	if (value instanceof Date) return { value, type: Date, format: 'dd/mm/yyyy' };
	if (typeof value === 'number') return { value, type: Number };
	if (value.startsWith('FORMULA:')) return { value: value.slice(8), type: 'Formula' };
	return { value, type: String };
}

const sheet = (name: string, rows: Value[][]): Sheet<Buffer> => ({
	sheet: name,
	data: rows.map((row) => row.map(cell))
});

async function workbook(...sheets: Sheet<Buffer>[]): Promise<Uint8Array> {
	return new Uint8Array(await writeXlsxFile(sheets).toBuffer());
}

const larcBook = (...rows: Value[][]) => workbook(sheet('Sheet1', [HEADER, ...rows]));
const withCell = (row: Value[], column: string, value: Value) =>
	row.map((v, i) => (HEADER[i] === column ? value : v));

let store: Store;
beforeAll(async () => {
	store = await freshStore();
});

function snapshot() {
	const { versions, dataDir } = store.current();
	return versions.map((v) => ({
		id: v.id,
		bytes: createHash('sha256')
			.update(readFileSync(`${dataDir}/${v.sha256}.parquet`))
			.digest('hex')
	}));
}

const check = (fileName: string, bytes: Uint8Array, limitBytes = 200_000_000) =>
	checkUpload({
		store,
		contract: contractFor('larc_requests')!,
		fileName,
		bytes,
		user: analyst,
		today: TODAY,
		limitBytes
	});

/** Checks a file expected to be refused; the current data must not change. */
async function refused(fileName: string, bytes: Uint8Array, limitBytes?: number) {
	const before = snapshot();
	const outcome = await check(fileName, bytes, limitBytes);
	expect(snapshot()).toEqual(before);
	if (outcome.ok) throw new Error('the file was accepted');
	return outcome.problems.map((p) => ({
		column: p.column,
		check: p.check,
		message: p.message,
		examples: p.examples
	}));
}

describe('Excel uploads', () => {
	it('preview a clean workbook exactly as the same rows in CSV', async () => {
		const fromCsv = await check('larc.csv', new TextEncoder().encode(CSV));
		const fromXlsx = await check('larc.xlsx', await larcBook(FITTED, REMOVED));
		if (!fromCsv.ok || !fromXlsx.ok) throw new Error(JSON.stringify([fromCsv, fromXlsx]));
		expect(fromXlsx.preview).toEqual(fromCsv.preview);
		// The same typed rows are stored, so the checked file is the same file.
		expect(fromXlsx.sha256).toBe(fromCsv.sha256);
	});

	it('read the sheet named after the dataset, else the first, whatever else the workbook holds', async () => {
		const notes = sheet('Notes', [['Extract run on 1 December']]);
		const named = await check(
			'larc.xlsx',
			await workbook(notes, sheet('larc_requests', [HEADER, FITTED]))
		);
		const first = await check('larc.xlsx', await workbook(sheet('Data', [HEADER, FITTED]), notes));
		expect([named.ok, first.ok]).toEqual([true, true]);
	});

	it('refuse wrong types, naming the column, the sheet row and the value', async () => {
		const problems = await refused(
			'larc.xlsx',
			await larcBook(FITTED, withCell(REMOVED, 'request_id', 'four hundred'))
		);
		expect(problems).toEqual([
			{
				column: 'request_id',
				check: 'type',
				message: 'request_id must be a whole number',
				examples: [{ row: 3, value: 'four hundred' }]
			}
		]);
	});

	it('refuse an Excel serial date that is not formatted as a date, showing the number', async () => {
		// 45022 is 6 April 2023 as Excel counts days; without a date format it is only a number.
		const problems = await refused(
			'larc.xlsx',
			await larcBook(withCell(FITTED, 'request_date', 45022))
		);
		expect(problems).toMatchObject([
			{ column: 'request_date', check: 'type', examples: [{ row: 2, value: '45022' }] }
		]);
	});

	it('read a formula as its text, never its value, and refuse it in a coded column', async () => {
		const hyperlink = 'HYPERLINK("http://example.com/x","45-54")';
		const problems = await refused(
			'larc.xlsx',
			await larcBook(
				withCell(FITTED, 'age_band', `FORMULA:${hyperlink}`),
				withCell(REMOVED, 'setting', '=HYPERLINK("http://example.com")')
			)
		);
		expect(problems.map((p) => [p.column, p.check, p.examples])).toEqual([
			['age_band', 'allowed-values', [{ row: 2, value: `=${hyperlink}` }]],
			['setting', 'allowed-values', [{ row: 3, value: '=HYPERLINK("http://example.com")' }]]
		]);
	});

	it('refuse a missing column, an empty sheet and a header with no rows', async () => {
		const noSetting = (row: Value[]) => row.filter((_, i) => HEADER[i] !== 'setting');
		expect(
			await refused('larc.xlsx', await workbook(sheet('S', [noSetting(HEADER), noSetting(FITTED)])))
		).toMatchObject([{ column: 'setting', check: 'missing-column' }]);
		expect(await refused('larc.xlsx', await workbook(sheet('Empty', [[null]])))).toEqual([
			{
				column: null,
				check: 'empty-sheet',
				message: 'The sheet Empty in the workbook is empty',
				examples: []
			}
		]);
		expect(await refused('larc.xlsx', await larcBook())).toMatchObject([{ check: 'no-rows' }]);
	});

	it('refuse a zip bomb, by its declared sizes or by what it really unpacks to', async () => {
		const parts = unzipSync(await larcBook(FITTED));
		// 50 MB of one repeated byte packs about 1,000 times.
		const bomb = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': new Uint8Array(50_000_000) });
		expect(await refused('larc.xlsx', bomb)).toMatchObject([{ check: 'zip-bomb' }]);
		expect(await refused('larc.xlsx', await larcBook(FITTED, REMOVED), 500)).toMatchObject([
			{
				check: 'zip-too-large',
				message: expect.stringMatching(/^The workbook would unpack to .* MB allowed$/)
			}
		]);
		// The same bomb declaring every part 0 bytes unpacked: stopped at its first chunk.
		const undeclared = bomb.slice();
		const view = new DataView(undeclared.buffer);
		for (let at = 0; at + 4 <= undeclared.length; at++)
			if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0, true);
		expect(await refused('larc.xlsx', undeclared)).toMatchObject([
			{ check: 'zip-bomb', message: expect.stringContaining('more than the 0 MB it declares') }
		]);
	});

	it('refuse a damaged workbook, a CSV named .xlsx and an old .xls', async () => {
		const book = await larcBook(FITTED);
		expect(await refused('larc.xlsx', book.subarray(0, book.length - 100))).toMatchObject([
			{ check: 'corrupt-zip' }
		]);
		const parts = unzipSync(book);
		delete parts['xl/workbook.xml'];
		expect(await refused('larc.xlsx', zipSync(parts))).toMatchObject([{ check: 'unreadable' }]);
		expect(await refused('larc.xlsx', new TextEncoder().encode(CSV))).toEqual([
			{
				column: null,
				check: 'not-xlsx',
				message: 'The file is named .xlsx but is not an Excel workbook',
				examples: []
			}
		]);
		expect(await refused('larc.xls', book)).toMatchObject([{ check: 'file-type' }]);
	});
});
