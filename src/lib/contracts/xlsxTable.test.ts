import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { formulasAsText, workbookTable } from './xlsxTable';

describe('formulasAsText', () => {
	it('turns a formula cell into text holding its formula, a shared one its master’s', () => {
		const xml =
			'<row r="3"><c r="D3" s="2" t="str"><f t="shared" ref="D3:D4" si="0">A3&amp;"x"</f><v>6x</v></c>' +
			'<c r="D4"><f t="shared" si="0"/><v>8x</v></c><c r="E4" t="s"><v>1</v></c><c r="F4"/></row>';
		expect(formulasAsText(xml)).toBe(
			'<row r="3"><c r="D3" s="2" t="inlineStr"><is><t>=A3&amp;"x"</t></is></c>' +
				'<c r="D4" t="inlineStr"><is><t>=A3&amp;"x"</t></is></c><c r="E4" t="s"><v>1</v></c><c r="F4"/></row>'
		);
	});

	it('finds formulas in a sheet whose elements carry a namespace prefix', () => {
		const xml =
			'<x:row r="2"><x:c r="C2" t="str"><x:f>HYPERLINK("http://example.com/x")</x:f><x:v>x</x:v></x:c>' +
			'<x:c r="D2"><x:v>3</x:v></x:c></x:row>';
		expect(formulasAsText(xml)).toBe(
			'<x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>=HYPERLINK("http://example.com/x")</x:t></x:is></x:c>' +
				'<x:c r="D2"><x:v>3</x:v></x:c></x:row>'
		);
	});
});

describe('workbookTable', () => {
	it('writes dates as YYYY-MM-DD, keeps a time of day, and drops empty rows at the end', async () => {
		const book = await writeXlsxFile([
			[
				{ value: 'when', type: String },
				{ value: 'n', type: String }
			],
			[
				{ value: new Date('2024-02-29T00:00:00Z'), type: Date, format: 'dd/mm/yyyy' },
				{ value: 1.5, type: Number }
			],
			[{ value: new Date('2024-03-01T13:45:00Z'), type: Date, format: 'dd/mm/yyyy hh:mm' }, null],
			[null, null]
		]).toBuffer();
		const table = await workbookTable(new Uint8Array(book), { dataset: 'x', limitBytes: 1e6 });
		if ('problem' in table) throw new Error(table.problem.message);
		expect(new TextDecoder().decode(table.csv)).toBe(
			'"when","n"\n"2024-02-29","1.5"\n"2024-03-01 13:45:00",\n'
		);
	});
});
