/**
 * Brotli and gzip copies of the built assets, made once at build time so the server sends them
 * compressed (sirv serves `x.br` or `x.gz` for `x` when the browser accepts it).
 *
 * Why not SvelteKit's own compression: it uses brotli's maximum quality, which takes about two
 * minutes on the 34 MB DuckDB-WASM engine for a file a few per cent smaller. Quality 9 takes
 * seconds and still shrinks the engine from 34 MB to about 6 MB.
 */
import { createReadStream, createWriteStream, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** Text and WebAssembly compress well; Parquet and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.txt', '.wasm', '.arrow', '.map']);
const BROTLI_QUALITY = 9;
/** Below this size the compressed copy saves less than the request costs. */
const MIN_BYTES = 1024;

function filesIn(directory) {
	return readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
		.map((entry) => join(entry.parentPath ?? entry.path, entry.name))
		.filter((file) => statSync(file).size >= MIN_BYTES);
}

function compressor(format, size) {
	return format === 'br'
		? zlib.createBrotliCompress({
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
				}
			})
		: zlib.createGzip({ level: 9 });
}

/** Writes `file.br` and `file.gz` beside every compressible file under `directory`. */
export async function compressAssets(directory) {
	let files;
	try {
		files = filesIn(directory);
	} catch {
		return; // nothing built there (e.g. no prerendered pages)
	}
	await Promise.all(
		files.flatMap((file) =>
			['br', 'gz'].map((format) =>
				pipeline(
					createReadStream(file),
					compressor(format, statSync(file).size),
					createWriteStream(`${file}.${format}`)
				)
			)
		)
	);
}
