import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, compressResponse } from './compressResponse';

const page = '<!doctype html><p>' + 'Women waiting for gynaecological LARC. '.repeat(100) + '</p>';
const request = (acceptEncoding?: string) =>
	new Request('http://localhost/', {
		headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
	});
const html = () => new Response(page, { headers: { 'content-type': 'text/html' } });

describe('compressResponse', () => {
	it('prefers brotli, then gzip, and respects q=0', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});

	it('compresses a page with brotli so that it decompresses to the same text', async () => {
		const response = await compressResponse(request('gzip, br'), html());
		expect(response.headers.get('content-encoding')).toBe('br');
		const body = Buffer.from(await response.arrayBuffer());
		expect(body.byteLength).toBeLessThan(page.length / 5);
		expect(brotliDecompressSync(body).toString()).toBe(page);
	});

	it('uses gzip for a browser without brotli', async () => {
		const response = await compressResponse(request('gzip'), html());
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(page);
	});

	it('leaves alone what the browser cannot decode or is not worth compressing', async () => {
		expect((await compressResponse(request(), html())).headers.get('content-encoding')).toBeNull();
		const csv = new Response('a,b', { headers: { 'content-type': 'text/csv' } });
		expect((await compressResponse(request('br'), csv)).headers.get('content-encoding')).toBeNull();
		const parquet = new Response(new Uint8Array(4096), {
			headers: { 'content-type': 'application/octet-stream' }
		});
		expect(
			(await compressResponse(request('br'), parquet)).headers.get('content-encoding')
		).toBeNull();
	});
});
