import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipWorkbook } from './zipArchive';

const LIMITS = { maxUnpackedBytes: 1_000_000, maxRatio: 100 };
const SHEET = 'xl/worksheets/sheet1.xml';
const text = (s: string) => new TextEncoder().encode(s);
/** Text that packs about 3 times, as real sheet XML does. */
const varied = (bytes: number) =>
	text(
		Array.from({ length: bytes / 8 }, (_, i) => String((i * 7919) % 1e8).padStart(8, '0')).join('')
	);

/** The archive with each central directory entry's declared unpacked size set to `bytes`. */
function declaring(zip: Uint8Array, bytes: number): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	for (let at = 0; at + 4 <= copy.length; at++)
		if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, bytes, true);
	return copy;
}

const check = (zip: Uint8Array) => {
	const result = unzipWorkbook(zip, LIMITS);
	return 'problem' in result ? result.problem.check : Object.keys(result.parts);
};

describe('unzipWorkbook', () => {
	it('unpacks the XML parts of a sound archive, stored or deflated, and leaves the rest', () => {
		const zip = zipSync({ [SHEET]: varied(200_000), 'xl/media/logo.png': new Uint8Array(10) });
		const result = unzipWorkbook(zip, LIMITS);
		if ('problem' in result) throw new Error(result.problem.message);
		expect(Object.keys(result.parts)).toEqual([SHEET]);
		expect(result.parts[SHEET]).toEqual(varied(200_000));
		expect(check(zipSync({ [SHEET]: varied(800) }, { level: 0 }))).toEqual([SHEET]);
	});

	it('refuses an archive that declares more than the limit unpacked, before unpacking it', () => {
		const zip = zipSync({ [SHEET]: varied(600_000), 'xl/b.xml': varied(600_000) });
		const result = unzipWorkbook(zip, LIMITS);
		expect(result).toMatchObject({ problem: { check: 'zip-too-large' } });
		if ('problem' in result)
			expect(result.problem.message).toBe(
				'The workbook would unpack to 1.2 MB, more than the 1 MB allowed'
			);
	});

	it('refuses a part packed more tightly than a real workbook is (a zip bomb)', () => {
		// 900 kB of zeros packs about 1,000 times: under the size limit, over the ratio.
		const result = unzipWorkbook(zipSync({ [SHEET]: new Uint8Array(900_000) }), LIMITS);
		expect(result).toMatchObject({ problem: { check: 'zip-bomb' } });
		if ('problem' in result) expect(result.problem.message).toContain(SHEET);
	});

	it('stops a part that unpacks to more than it declares, small or zero', () => {
		const bomb = zipSync({ [SHEET]: new Uint8Array(5_000_000) });
		expect(check(declaring(bomb, 1000))).toBe('zip-bomb');
		expect(check(declaring(bomb, 0))).toBe('zip-bomb');
	});

	it('refuses a damaged, cut short or encrypted archive', () => {
		const zip = zipSync({ [SHEET]: varied(200_000) });
		expect(check(zip.subarray(0, zip.length / 2))).toBe('corrupt-zip');
		const scrambled = zip.slice();
		for (let at = 100; at < 2000; at++) scrambled[at] ^= 0x5a;
		expect(check(scrambled)).toBe('corrupt-zip');
		expect(check(text('PK\u0003\u0004 not really a zip'))).toBe('corrupt-zip');
		const encrypted = zip.slice();
		const view = new DataView(encrypted.buffer);
		for (let at = 0; at + 4 <= encrypted.length; at++)
			if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true);
		expect(check(encrypted)).toBe('zip-unsupported');
	});
});
