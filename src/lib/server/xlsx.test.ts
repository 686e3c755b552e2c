import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { buildDownload, countColumn, numberColumn, textColumn } from '$lib/csv/download';
import { ONE_DECIMAL } from '$lib/format/numbers';
import { downloadXlsx, sheetNames, workbookXlsx } from './xlsx';

interface Row {
	pcn: string;
	fits: number;
	share: number;
}

const download = (name: string, rows: Row[]) =>
	buildDownload({
		name,
		metadata: {
			title: 'Community share by PCN',
			area: 'Thurrock',
			period: { from: '2026-01-01', to: '2026-03-31' },
			source: 'Synthetic LARC requests',
			kind: 'synthetic'
		},
		columns: [
			textColumn<Row>('pcn', (r) => r.pcn),
			countColumn<Row>('fits', (r) => r.fits),
			numberColumn<Row>('share', (r) => r.share, ONE_DECIMAL)
		],
		rows
	});

const ROWS: Row[] = [
	{ pcn: '=HYPERLINK("http://x")', fits: 123, share: 45.67 },
	{ pcn: '+44 PCN', fits: 4, share: -1.25 },
	{ pcn: 'Grays PCN', fits: 0, share: 0 }
];

describe('downloadXlsx', () => {
	it('holds the CSV table on its Data sheet: counts rounded to 5 or withheld, figures rounded', async () => {
		const sheets = await readXlsxFile(await downloadXlsx(download('share', ROWS)));
		expect(sheets.map((s) => s.sheet)).toEqual(['Data', 'Metadata']);
		const [header, ...rows] = sheets[0].data;
		expect(header).toEqual([
			'selected_area',
			'period',
			'data_kind',
			'pcn',
			'fits',
			'share',
			'source',
			'disclosure_control'
		]);
		// 123 → 125 (nearest 5), 4 → "*" (1–7 withheld), 0 stays 0; shares to one decimal place.
		expect(rows.map((r) => r.slice(3, 6))).toEqual([
			['\'=HYPERLINK("http://x")', 125, 45.7],
			["'+44 PCN", '*', -1.3],
			['Grays PCN', 0, 0]
		]);
	});

	it('writes text that looks like a formula as text, never as a formula', async () => {
		const files = unzipSync(new Uint8Array(await downloadXlsx(download('share', ROWS))));
		const sheetXml = Object.entries(files)
			.filter(([path]) => path.startsWith('xl/worksheets/'))
			.map(([, bytes]) => strFromU8(bytes))
			.join('');
		expect(sheetXml).not.toMatch(/<f[ >]/);
	});

	it('gives the metadata sheet the title, area, period, source, licence, kind and disclosure rule', async () => {
		const [, metadata] = await readXlsxFile(await downloadXlsx(download('share', ROWS)));
		expect(metadata.data.map((r) => r[0])).toEqual([
			'Field',
			'Title',
			'Area',
			'Period',
			'Source',
			'Licence',
			'Data kind',
			'Disclosure control'
		]);
		expect(metadata.data[3]).toEqual(['Period', 'January 2026 to March 2026']);
	});
});

describe('workbookXlsx', () => {
	it('puts a Contents sheet first, then one sheet per download named as its file', async () => {
		const workbook = await workbookXlsx(
			[download('larc-waits', ROWS), download('larc-waits', ROWS.slice(0, 1))],
			[{ label: 'Board pack', value: 'October 2026' }]
		);
		const sheets = await readXlsxFile(workbook);
		expect(sheets.map((s) => s.sheet)).toEqual(['Contents', 'larc-waits', 'larc-waits (2)']);
		expect(sheets[0].data[1]).toEqual(['Board pack', 'October 2026']);
		expect(sheets[2].data).toHaveLength(2);
	});
});

describe('sheetNames', () => {
	it('keeps names within 31 characters, without the characters Excel refuses, and distinct', () => {
		expect(sheetNames(['a/b:c', 'x'.repeat(40), 'x'.repeat(40)])).toEqual([
			'a b c',
			'x'.repeat(31),
			`${'x'.repeat(27)} (2)`
		]);
	});

	it('puts its own sheets after the Contents and before the downloads', async () => {
		const workbook = await workbookXlsx(
			[download('larc-waits', ROWS)],
			[{ label: 'Board pack', value: 'June 2025' }],
			[
				{
					name: 'Headline measures',
					header: ['measure', 'value'],
					rows: [['Women waiting', '615']]
				}
			]
		);
		const sheets = await readXlsxFile(workbook);
		expect(sheets.map((s) => s.sheet)).toEqual(['Contents', 'Headline measures', 'larc-waits']);
		// "615" is a plain number, so the workbook holds it as one.
		expect(sheets[1].data).toEqual([
			['measure', 'value'],
			['Women waiting', 615]
		]);
	});
});
