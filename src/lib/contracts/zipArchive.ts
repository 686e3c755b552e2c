/**
 * Opens the zip archive an XLSX workbook is, without trusting it: its central directory is read
 * first and the archive refused if the sizes it declares, unpacked, pass a limit or any entry is
 * packed implausibly tightly (a zip bomb); then the parts are unpacked with a count of the bytes
 * actually produced, so an archive that lies about its sizes is stopped as soon as it passes what
 * it declared. Only ZIP features an XLSX file uses are read (stored or deflated entries, no
 * encryption, no ZIP64). Engine-neutral: it runs on the server and in the browser.
 */
import { Inflate } from 'fflate';
import { fileProblem, type UploadProblem } from './problems';

export interface ZipLimits {
	/** Most bytes all the parts may hold unpacked, declared or actual. */
	maxUnpackedBytes: number;
	/** Most bytes unpacked per byte packed, for a part larger than RATIO_GRACE_BYTES unpacked. */
	maxRatio: number;
}

/**
 * Apache POI's defaults for the same defence (ZipSecureFile): a part may unpack to at most 100
 * times its packed size (MIN_INFLATE_RATIO 0.01), checked once it passes 100 kB (GRACE_ENTRY_SIZE).
 * Real workbooks pack their XML 5 to 20 times; DEFLATE cannot pass about 1,032 times.
 */
export const WORKBOOK_MAX_RATIO = 100;
const RATIO_GRACE_BYTES = 100 * 1024;

const SIGNATURE = { end: 0x06054b50, central: 0x02014b50, local: 0x04034b50 };
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const INFLATE_CHUNK_BYTES = 16 * 1024;

interface ZipEntry {
	name: string;
	method: number;
	flags: number;
	packedBytes: number;
	unpackedBytes: number;
	localHeaderAt: number;
}

/** Why an archive cannot be read; turned into the upload's one problem by `unzipWorkbook`. */
class ZipRefusal extends Error {
	constructor(
		readonly check: string,
		message: string
	) {
		super(message);
	}
}

const megabytes = (bytes: number) =>
	`${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

function endRecordAt(view: DataView): number {
	const earliest = Math.max(0, view.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES);
	for (let at = view.byteLength - END_RECORD_BYTES; at >= earliest; at--)
		if (view.getUint32(at, true) === SIGNATURE.end) return at;
	throw new ZipRefusal('corrupt-zip', 'The workbook is damaged: its zip directory is missing');
}

function centralDirectory(bytes: Uint8Array): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = endRecordAt(view);
	const count = view.getUint16(end + 10, true);
	const size = view.getUint32(end + 12, true);
	const offset = view.getUint32(end + 16, true);
	if (count === 0xffff || offset === 0xffffffff)
		throw new ZipRefusal('zip64', 'The workbook is too large to read (a ZIP64 archive)');
	if (offset + size > end)
		throw new ZipRefusal('corrupt-zip', 'The workbook is damaged: its zip directory is cut short');
	const entries: ZipEntry[] = [];
	let at = offset;
	for (let i = 0; i < count; i++) {
		if (at + 46 > end || view.getUint32(at, true) !== SIGNATURE.central)
			throw new ZipRefusal('corrupt-zip', 'The workbook is damaged: its zip directory is broken');
		const nameBytes = view.getUint16(at + 28, true);
		const skipped = nameBytes + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		entries.push({
			flags: view.getUint16(at + 8, true),
			method: view.getUint16(at + 10, true),
			packedBytes: view.getUint32(at + 20, true),
			unpackedBytes: view.getUint32(at + 24, true),
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameBytes)),
			localHeaderAt: view.getUint32(at + 42, true)
		});
		at += 46 + skipped;
	}
	return entries;
}

/** Refuses the archive on what it declares, before a byte is unpacked. */
function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits): void {
	const declared = entries.reduce((sum, e) => sum + e.unpackedBytes, 0);
	if (declared > limits.maxUnpackedBytes)
		throw new ZipRefusal(
			'zip-too-large',
			`The workbook would unpack to ${megabytes(declared)}, more than the ${megabytes(limits.maxUnpackedBytes)} allowed`
		);
	const bomb = entries.find(
		(e) =>
			e.unpackedBytes > RATIO_GRACE_BYTES &&
			e.unpackedBytes > limits.maxRatio * Math.max(e.packedBytes, 1)
	);
	if (bomb)
		throw new ZipRefusal(
			'zip-bomb',
			`The workbook's part ${bomb.name} is packed ${Math.round(bomb.unpackedBytes / Math.max(bomb.packedBytes, 1)).toLocaleString('en-GB')} times smaller than it unpacks, more than the ${limits.maxRatio} times a real workbook needs (a zip bomb?)`
		);
	const unreadable = entries.find((e) => e.flags & 1 || (e.method !== 0 && e.method !== 8));
	if (unreadable)
		throw new ZipRefusal(
			'zip-unsupported',
			`The workbook's part ${unreadable.name} is encrypted or packed in a way Excel does not use`
		);
}

/**
 * One part's bytes, unpacked in chunks and stopped as soon as it passes what it declared: the
 * declared sizes were held to the limit, so the bytes actually unpacked are held to it too.
 */
function unpack(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const local = entry.localHeaderAt;
	if (local + 30 > bytes.length || view.getUint32(local, true) !== SIGNATURE.local)
		throw new ZipRefusal(
			'corrupt-zip',
			`The workbook is damaged: its part ${entry.name} is missing`
		);
	const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
	const packed = bytes.subarray(start, start + entry.packedBytes);
	const lied = () =>
		new ZipRefusal(
			'zip-bomb',
			`The workbook's part ${entry.name} unpacks to more than the ${megabytes(entry.unpackedBytes)} it declares (a zip bomb?)`
		);
	if (entry.method === 0) {
		if (packed.length !== entry.unpackedBytes)
			throw new ZipRefusal(
				'corrupt-zip',
				`The workbook is damaged: its part ${entry.name} is not the size it declares`
			);
		return packed;
	}
	const out = new Uint8Array(entry.unpackedBytes);
	let written = 0;
	const inflate = new Inflate((chunk) => {
		if (written + chunk.length > entry.unpackedBytes) throw lied();
		out.set(chunk, written);
		written += chunk.length;
	});
	try {
		for (let at = 0; at < packed.length; at += INFLATE_CHUNK_BYTES)
			inflate.push(
				packed.subarray(at, at + INFLATE_CHUNK_BYTES),
				at + INFLATE_CHUNK_BYTES >= packed.length
			);
	} catch (error) {
		if (error instanceof ZipRefusal) throw error;
		throw new ZipRefusal(
			'corrupt-zip',
			`The workbook is damaged: its part ${entry.name} is corrupt`
		);
	}
	if (written !== entry.unpackedBytes)
		throw new ZipRefusal(
			'corrupt-zip',
			`The workbook is damaged: its part ${entry.name} is cut short`
		);
	return out;
}

/**
 * The workbook's XML parts (`.xml` and `.rels`: all a sheet's cells are in these), unpacked within
 * the limits; or the problem that stops it.
 */
export function unzipWorkbook(
	bytes: Uint8Array,
	limits: ZipLimits
): { parts: Record<string, Uint8Array> } | { problem: UploadProblem } {
	try {
		const entries = centralDirectory(bytes);
		checkDeclaredSizes(entries, limits);
		const parts: Record<string, Uint8Array> = {};
		for (const entry of entries)
			if (/\.(xml|rels)$/.test(entry.name)) parts[entry.name] = unpack(bytes, entry);
		return { parts };
	} catch (error) {
		if (error instanceof ZipRefusal) return { problem: fileProblem(error.check, error.message) };
		throw error;
	}
}
