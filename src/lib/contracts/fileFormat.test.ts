import { describe, expect, it } from 'vitest';
import { csvHeader, uploadFormat } from './fileFormat';

const bytes = (text: string) => new TextEncoder().encode(text);
const PARQUET = new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4, 5, 6, 0x50, 0x41, 0x52, 0x31]);

describe('uploadFormat', () => {
	it('judges a file by its bytes, not its name', () => {
		expect(uploadFormat('a.csv', bytes('x\n1\n'))).toBe('csv');
		expect(uploadFormat('A.PARQUET', PARQUET)).toBe('parquet');
		expect(uploadFormat('a.parquet', bytes('x\n1\n'))).toMatchObject({ check: 'not-parquet' });
		expect(uploadFormat('a.parquet', PARQUET.subarray(0, 10))).toMatchObject({
			check: 'truncated-parquet'
		});
		expect(uploadFormat('a.csv', PARQUET)).toMatchObject({ check: 'not-csv' });
		expect(uploadFormat('a.csv', new Uint8Array([0x61, 0, 0x62]))).toMatchObject({
			check: 'not-csv'
		});
		expect(uploadFormat('a.csv', new Uint8Array())).toMatchObject({ check: 'empty-file' });
		expect(uploadFormat('a.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('xlsx');
		expect(uploadFormat('a.xlsx', bytes('x\n1\n'))).toMatchObject({ check: 'not-xlsx' });
		expect(uploadFormat('a.xls', bytes('x'))).toMatchObject({ check: 'file-type' });
		expect(uploadFormat('a.txt', bytes('x'))).toMatchObject({ check: 'file-type' });
	});
});

describe('csvHeader', () => {
	it('reads quoted names, doubled quotes and a byte order mark, and stops at the first line', () => {
		expect(csvHeader(bytes('\uFEFFa, "b,c","d""e"\r\n1,2,3'))).toEqual(['a', 'b,c', 'd"e']);
	});
});
