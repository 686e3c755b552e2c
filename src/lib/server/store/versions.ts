/**
 * Dataset versions: every accepted file is a version; one version per dataset is current; every
 * change of the current version is one transaction with its audit row, so either all of it
 * happened or none of it. A change names the version it replaces (compare-and-swap), so of two
 * analysts who checked files against the same version only the first to confirm succeeds.
 */
import type { Meta, MetaRow } from './metaDb';

export interface VersionRecord {
	id: number;
	dataset: string;
	sha256: string;
	rows: number;
	bytes: number;
	periodFrom: string | null;
	periodTo: string | null;
	completeFrom: string | null;
	kind: string;
	vintage: string;
	description: string;
	fileName: string;
	note: string;
	createdBy: string;
	createdAt: string;
}

export type NewVersion = Omit<VersionRecord, 'id' | 'createdAt'>;

export type AuditAction = 'seed' | 'upload' | 'rollback';

export interface AuditRecord {
	id: number;
	at: string;
	actor: string;
	action: AuditAction;
	dataset: string | null;
	versionId: number | null;
	previousVersionId: number | null;
	note: string;
	rows: number | null;
	sha256: string | null;
	fileName: string | null;
}

/** Raised when the current version is no longer the one the change was made against. */
export class StaleVersionError extends Error {}

const text = (v: MetaRow[string]) => (v === null ? null : String(v));
const num = (v: MetaRow[string]) => (v === null ? null : Number(v));

function version(r: MetaRow): VersionRecord {
	return {
		id: Number(r.id),
		dataset: String(r.dataset),
		sha256: String(r.sha256),
		rows: Number(r.rows),
		bytes: Number(r.bytes),
		periodFrom: text(r.period_from),
		periodTo: text(r.period_to),
		completeFrom: text(r.complete_from),
		kind: String(r.kind),
		vintage: String(r.vintage),
		description: String(r.description),
		fileName: String(r.file_name),
		note: String(r.note),
		createdBy: String(r.created_by),
		createdAt: String(r.created_at)
	};
}

export async function currentVersions(db: Meta): Promise<VersionRecord[]> {
	const rows = await db.rows(
		`SELECT v.* FROM current_versions c JOIN versions v ON v.id = c.version_id ORDER BY v.dataset`
	);
	return rows.map(version);
}

export async function datasetVersions(db: Meta, dataset: string): Promise<VersionRecord[]> {
	const rows = await db.rows(`SELECT * FROM versions WHERE dataset = ? ORDER BY id DESC`, [
		dataset
	]);
	return rows.map(version);
}

export async function auditLog(db: Meta): Promise<AuditRecord[]> {
	const rows = await db.rows(`SELECT * FROM audit ORDER BY id DESC`);
	return rows.map((r) => ({
		id: Number(r.id),
		at: String(r.happened_at),
		actor: String(r.actor),
		action: String(r.action) as AuditAction,
		dataset: text(r.dataset),
		versionId: num(r.version_id),
		previousVersionId: num(r.previous_version_id),
		note: String(r.note),
		rows: num(r.rows),
		sha256: text(r.sha256),
		fileName: text(r.file_name)
	}));
}

async function currentId(db: Meta, dataset: string): Promise<number | null> {
	const [row] = await db.rows(`SELECT version_id FROM current_versions WHERE dataset = ?`, [
		dataset
	]);
	return row ? Number(row.version_id) : null;
}

async function audit(
	db: Meta,
	action: AuditAction,
	v: VersionRecord,
	previous: number | null,
	actor: string,
	note: string
) {
	await db.run(`INSERT INTO audit VALUES (nextval('ids'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
		new Date().toISOString(),
		actor,
		action,
		v.dataset,
		v.id,
		previous,
		note,
		v.rows,
		v.sha256,
		v.fileName
	]);
}

async function pointAt(db: Meta, dataset: string, id: number, expected: number | null) {
	if ((await currentId(db, dataset)) !== expected) {
		throw new StaleVersionError(
			`Another version of ${dataset} was made current since this change was prepared`
		);
	}
	await db.run(`DELETE FROM current_versions WHERE dataset = ?`, [dataset]);
	await db.run(`INSERT INTO current_versions VALUES (?, ?)`, [dataset, id]);
}

/**
 * Adds a version and makes it current, if the current version is still `expected` (null: none).
 */
export async function addCurrentVersion(
	db: Meta,
	v: NewVersion,
	expected: number | null,
	action: 'seed' | 'upload'
): Promise<VersionRecord> {
	return db.transaction(async () => {
		const [{ id }] = await db.rows(`SELECT nextval('ids')::INTEGER AS id`);
		const record: VersionRecord = { ...v, id: Number(id), createdAt: new Date().toISOString() };
		await db.run(`INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
			record.id,
			record.dataset,
			record.sha256,
			record.rows,
			record.bytes,
			record.periodFrom,
			record.periodTo,
			record.completeFrom,
			record.kind,
			record.vintage,
			record.description,
			record.fileName,
			record.note,
			record.createdBy,
			record.createdAt
		]);
		await pointAt(db, v.dataset, record.id, expected);
		await audit(db, action, record, expected, v.createdBy, v.note);
		return record;
	});
}

/** Makes an earlier version current again (one action, audited). */
export async function rollBack(
	db: Meta,
	dataset: string,
	versionId: number,
	expected: number,
	actor: string,
	note: string
): Promise<VersionRecord> {
	return db.transaction(async () => {
		const [row] = await db.rows(`SELECT * FROM versions WHERE id = ? AND dataset = ?`, [
			versionId,
			dataset
		]);
		if (!row) throw new Error(`${dataset} has no version ${versionId}`);
		const record = version(row);
		await pointAt(db, dataset, record.id, expected);
		await audit(db, 'rollback', record, expected, actor, note);
		return record;
	});
}
