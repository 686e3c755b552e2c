/**
 * What the /data page shows while a file is checked in the browser: bytes read of the total, then
 * rows checked; and the size limit, applied before a byte is read.
 */
import { fileProblem, type UploadProblem } from './problems';

export type CheckProgress =
	| { stage: 'reading'; read: number; total: number }
	| { stage: 'checking'; rows: number | null }
	| { stage: 'done'; rows: number };

export const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

const size = (bytes: number) =>
	bytes < 1_000_000
		? `${Math.round(bytes / 1000).toLocaleString('en-GB')} kB`
		: `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** The server's refusal too, so both say the same. */
export const tooLargeProblem = (limitBytes: number): UploadProblem =>
	fileProblem('too-large', `The selected file must be smaller than ${megabytes(limitBytes)}`);

/** Null when the file may be read. */
export function sizeProblem(fileBytes: number, limitBytes: number): UploadProblem | null {
	return fileBytes > limitBytes ? tooLargeProblem(limitBytes) : null;
}

export function progressText(p: CheckProgress): string {
	if (p.stage === 'reading') return `Read ${size(p.read)} of ${size(p.total)}`;
	const rows = (n: number) => `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'}`;
	if (p.stage === 'checking')
		return p.rows === null ? 'Checking the rows' : `Checking ${rows(p.rows)}`;
	return `${rows(p.rows)} checked`;
}

/** `value` undefined makes the progress bar indeterminate (the checks report no steps). */
export function progressValue(p: CheckProgress): { value: number | undefined; max: number } {
	if (p.stage === 'reading') return { value: p.read, max: Math.max(p.total, 1) };
	if (p.stage === 'checking') return { value: undefined, max: 1 };
	return { value: 1, max: 1 };
}

/** Reads a file chunk by chunk, reporting the bytes read so far. */
export async function readWithProgress(
	file: Blob,
	onProgress: (read: number, total: number) => void
): Promise<Uint8Array> {
	const bytes = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let read = 0;
	onProgress(0, file.size);
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes.set(value, read);
		read += value.length;
		onProgress(read, file.size);
	}
	return bytes.subarray(0, read);
}
