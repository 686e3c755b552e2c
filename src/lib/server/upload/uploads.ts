/**
 * What the /data page does, on the server: check an upload and preview its change, make a checked
 * upload current, roll back. Every step that changes the store goes through one transaction
 * (store/versions.ts) after the file is safely in the store, so a failure at any point leaves the
 * current data as it was.
 */
import { writeFile, rm } from 'node:fs/promises';
import type { DataContract } from '$lib/contracts/types';
import type { UploadProblem } from '$lib/contracts/problems';
import { CURRENT_TABLE, previewChange, type ChangePreview } from '$lib/contracts/preview';
import type { Store } from '../store';
import type { User } from '../store/accounts';
import {
	addCurrentVersion,
	currentVersions,
	rollBack,
	type VersionRecord
} from '../store/versions';
import {
	checkFile,
	REFERENCE_TABLES,
	sheetCsvPath,
	sqlPath,
	writeCheckedParquet
} from './checkFile';
import { cleanFileName, cleanText } from './cleanText';

export type CheckOutcome =
	| { ok: false; fileName: string; problems: UploadProblem[] }
	| { ok: true; fileName: string; sha256: string; baseVersionId: number; preview: ChangePreview };

async function currentOf(store: Store, dataset: string): Promise<VersionRecord> {
	const version = (await store.meta.use(currentVersions)).find((v) => v.dataset === dataset);
	if (!version) throw new Error(`The store has no current version of ${dataset}`);
	return version;
}

export async function checkUpload(a: {
	store: Store;
	contract: DataContract;
	fileName: string;
	bytes: Uint8Array;
	user: User;
	today: string;
	/** The upload size limit (a workbook may unpack to a few times it). */
	limitBytes?: number;
}): Promise<CheckOutcome> {
	const fileName = cleanFileName(a.fileName) || 'unnamed file';
	const current = await currentOf(a.store, a.contract.dataset);
	const versions = await a.store.meta.use(currentVersions);
	const fileOf = (name: string) =>
		a.store.objects.pathOf(versions.find((v) => v.dataset === name)!.sha256);
	const upload = a.store.objects.tmpPath('.upload');
	const checked = a.store.objects.tmpPath('.parquet');
	await writeFile(upload, a.bytes);
	const { db, problems } = await checkFile({
		contract: a.contract,
		fileName,
		bytes: a.bytes,
		file: upload,
		referenceFiles: Object.fromEntries(REFERENCE_TABLES.map((t) => [t, fileOf(t)])) as Record<
			(typeof REFERENCE_TABLES)[number],
			string
		>,
		today: a.today,
		limitBytes: a.limitBytes
	});
	try {
		if (problems.length) return { ok: false, fileName, problems };
		await db.rows(
			`CREATE TABLE ${CURRENT_TABLE} AS SELECT * FROM read_parquet(${sqlPath(a.store.objects.pathOf(current.sha256))})`
		);
		const preview = await previewChange(db, a.contract, a.today);
		await writeCheckedParquet(db, a.contract, checked);
		const stored = await a.store.objects.adopt(checked);
		await a.store.meta.use((m) =>
			m.run(`INSERT OR REPLACE INTO checked_uploads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
				stored.sha256,
				a.contract.dataset,
				preview.rowsAfter,
				stored.bytes,
				preview.periodAfter.from,
				preview.periodAfter.to,
				preview.periodAfter.completeFrom,
				fileName,
				a.user.email,
				new Date().toISOString()
			])
		);
		return { ok: true, fileName, sha256: stored.sha256, baseVersionId: current.id, preview };
	} finally {
		await db.close();
		await rm(upload, { force: true });
		await rm(sheetCsvPath(upload), { force: true });
		await rm(checked, { force: true });
	}
}

/** Makes a checked upload current, if the version it was checked against is still current. */
export async function confirmUpload(a: {
	store: Store;
	dataset: string;
	sha256: string;
	baseVersionId: number;
	note: string;
	user: User;
}): Promise<VersionRecord> {
	const version = await a.store.meta.use(async (m) => {
		const [checked] = await m.rows(
			`SELECT * FROM checked_uploads WHERE sha256 = ? AND dataset = ?`,
			[a.sha256, a.dataset]
		);
		if (!checked) throw new Error('This file has not been checked: upload it again');
		const base = (await currentVersions(m)).find((v) => v.dataset === a.dataset)!;
		return addCurrentVersion(
			m,
			{
				dataset: a.dataset,
				sha256: a.sha256,
				rows: Number(checked.rows),
				bytes: Number(checked.bytes),
				periodFrom: checked.period_from as string | null,
				periodTo: checked.period_to as string | null,
				completeFrom: checked.complete_from as string | null,
				kind: base.kind,
				vintage: `Uploaded ${new Date().toISOString().slice(0, 10)} (${String(checked.file_name)})`,
				description: base.description,
				fileName: String(checked.file_name),
				note: cleanText(a.note, 1000),
				createdBy: a.user.email
			},
			a.baseVersionId,
			'upload'
		);
	});
	await a.store.refresh();
	return version;
}

export async function rollBackTo(a: {
	store: Store;
	dataset: string;
	versionId: number;
	baseVersionId: number;
	note: string;
	user: User;
}): Promise<VersionRecord> {
	const version = await a.store.meta.use((m) =>
		rollBack(m, a.dataset, a.versionId, a.baseVersionId, a.user.email, cleanText(a.note, 1000))
	);
	await a.store.refresh();
	return version;
}
