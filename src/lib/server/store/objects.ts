/**
 * Content-addressed Parquet files: each accepted file is stored once, named by its SHA-256, and
 * never changed. A file is written under a temporary name, flushed to disk, then renamed, so a
 * crash leaves either no file or the whole file under its final name.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, copyFile } from 'node:fs/promises';
import path from 'node:path';

export interface StoredObject {
	sha256: string;
	bytes: number;
}

async function sha256OfFile(file: string): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
	return hash.digest('hex');
}

async function fsync(target: string, flags = 'r'): Promise<void> {
	const handle = await open(target, flags);
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

export class ObjectStore {
	constructor(readonly dir: string) {}

	get tmpDir(): string {
		return path.join(this.dir, 'tmp');
	}

	async init(): Promise<void> {
		await mkdir(this.tmpDir, { recursive: true });
	}

	/** A fresh path in the store's temporary folder (never derived from a user's file name). */
	tmpPath(suffix: string): string {
		return path.join(this.tmpDir, `${randomBytes(12).toString('hex')}${suffix}`);
	}

	pathOf(sha256: string): string {
		if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Not a SHA-256 checksum');
		return path.join(this.dir, `${sha256}.parquet`);
	}

	/** Moves a finished temporary file into the store under its checksum. */
	async adopt(tmpFile: string): Promise<StoredObject> {
		await fsync(tmpFile, 'r+');
		const sha256 = await sha256OfFile(tmpFile);
		const { size } = await stat(tmpFile);
		await rename(tmpFile, this.pathOf(sha256));
		await fsync(this.dir);
		return { sha256, bytes: size };
	}

	/** Copies a file into the store (the bundled build at first start). */
	async copyIn(file: string): Promise<StoredObject> {
		const tmp = this.tmpPath('.parquet');
		await copyFile(file, tmp);
		return this.adopt(tmp);
	}

	/** Removes temporary files a crash may have left. */
	async clearTmp(): Promise<void> {
		await rm(this.tmpDir, { recursive: true, force: true });
		await mkdir(this.tmpDir, { recursive: true });
	}
}
