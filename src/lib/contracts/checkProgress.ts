/**
 * What the /data page shows while a file is checked in the browser: bytes read of the total, the
 * rows loaded into the engine, then how far the checks have gone through the rows; and the size
 * limit, applied before a byte is read.
 */
import { fileProblem, type UploadProblem } from './problems';
import type { ChecksDone } from './valueChecks';

export type CheckProgress =
	| { stage: 'reading'; read: number; total: number }
	| { stage: 'loading' }
	| ({ stage: 'checking' } & ChecksDone)
	| { stage: 'previewing' }
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

const rowCount = (n: number) => `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'}`;

/** Whole per cent of the checks done, rounded down so 100 % means finished. */
const percentDone = (p: ChecksDone) => Math.floor((100 * p.done) / Math.max(p.total, 1));

const checking = (p: ChecksDone, percent: number) =>
	`Running ${p.checks} checks on ${rowCount(p.rows)}: ${percent} % done`;

/** What the page shows beside the bar, updated at every step. */
export function progressText(p: CheckProgress): string {
	if (p.stage === 'reading') return `Read ${size(p.read)} of ${size(p.total)}`;
	if (p.stage === 'loading') return 'Loading the rows';
	if (p.stage === 'checking') return checking(p, percentDone(p));
	if (p.stage === 'previewing') return 'Comparing the file with the current version';
	return `${rowCount(p.rows)} checked`;
}

/**
 * What a screen reader is told: the same words, but only as each stage starts and at each
 * quarter of the checks, so that it is not interrupted at every step.
 */
export function progressAnnouncement(p: CheckProgress): string {
	if (p.stage === 'reading') return 'Reading the file';
	if (p.stage === 'checking') return checking(p, Math.floor(percentDone(p) / 25) * 25);
	return progressText(p);
}

/** `value` undefined makes the progress bar indeterminate (loading and comparing report no steps). */
export function progressValue(p: CheckProgress): { value: number | undefined; max: number } {
	if (p.stage === 'reading') return { value: p.read, max: Math.max(p.total, 1) };
	if (p.stage === 'loading' || p.stage === 'previewing') return { value: undefined, max: 1 };
	if (p.stage === 'checking') return { value: p.done, max: Math.max(p.total, 1) };
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
