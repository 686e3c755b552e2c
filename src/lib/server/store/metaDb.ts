/**
 * The store's embedded database: one DuckDB file (store.duckdb) holding users, sessions, dataset
 * versions, the current pointer and the audit log. DuckDB is already the server's engine, installs
 * from the npm registry alone and commits through a write-ahead log, so a process killed
 * mid-transaction leaves the last committed state. A DuckDB file admits one process at a time, so
 * the file is opened for each operation and closed after it, and operations in this process run
 * one after another: the dashboard and `npm run user:add` can share it, each waiting briefly for
 * the other. Imports are relative so that command-line scripts (tsx) can use the store too.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

const SCHEMA = `
	CREATE SEQUENCE IF NOT EXISTS ids;
	CREATE TABLE IF NOT EXISTS users (
		id INTEGER PRIMARY KEY, email VARCHAR UNIQUE NOT NULL, role VARCHAR NOT NULL,
		password_hash VARCHAR NOT NULL, created_at VARCHAR NOT NULL);
	CREATE TABLE IF NOT EXISTS sessions (
		token_hash VARCHAR PRIMARY KEY, user_id INTEGER NOT NULL, created_at VARCHAR NOT NULL,
		expires_at VARCHAR NOT NULL);
	CREATE TABLE IF NOT EXISTS checked_uploads (
		sha256 VARCHAR NOT NULL, dataset VARCHAR NOT NULL, rows INTEGER NOT NULL, bytes INTEGER NOT NULL,
		period_from VARCHAR, period_to VARCHAR, complete_from VARCHAR, file_name VARCHAR NOT NULL,
		checked_by VARCHAR NOT NULL, checked_at VARCHAR NOT NULL, PRIMARY KEY (sha256, dataset));
	CREATE TABLE IF NOT EXISTS versions (
		id INTEGER PRIMARY KEY, dataset VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, rows INTEGER NOT NULL,
		bytes INTEGER NOT NULL, period_from VARCHAR, period_to VARCHAR, complete_from VARCHAR,
		kind VARCHAR NOT NULL, vintage VARCHAR NOT NULL, description VARCHAR NOT NULL,
		file_name VARCHAR NOT NULL, note VARCHAR NOT NULL, created_by VARCHAR NOT NULL,
		created_at VARCHAR NOT NULL);
	CREATE TABLE IF NOT EXISTS current_versions (dataset VARCHAR PRIMARY KEY, version_id INTEGER NOT NULL);
	CREATE TABLE IF NOT EXISTS audit (
		id INTEGER PRIMARY KEY, happened_at VARCHAR NOT NULL, actor VARCHAR NOT NULL, action VARCHAR NOT NULL,
		dataset VARCHAR, version_id INTEGER, previous_version_id INTEGER, note VARCHAR NOT NULL,
		rows INTEGER, sha256 VARCHAR, file_name VARCHAR);
	CREATE TABLE IF NOT EXISTS settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
`;

export type MetaRow = Record<string, string | number | boolean | null>;

/** One open connection for the length of an operation. */
export interface Meta {
	rows(sql: string, values?: DuckDBValue[]): Promise<MetaRow[]>;
	run(sql: string, values?: DuckDBValue[]): Promise<void>;
	/** Runs `work` in one transaction: all of it is committed, or none. */
	transaction<T>(work: () => Promise<T>): Promise<T>;
}

const LOCK_WAIT_MS = 10_000;
const isLocked = (error: unknown) => /lock/i.test(String(error));

async function openWaitingForLock(file: string): Promise<DuckDBInstance> {
	const deadline = Date.now() + LOCK_WAIT_MS;
	for (;;) {
		try {
			return await DuckDBInstance.create(file);
		} catch (error) {
			if (!isLocked(error) || Date.now() > deadline) throw error;
			await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
		}
	}
}

function meta(connection: DuckDBConnection): Meta {
	const self: Meta = {
		async rows(sql, values = []) {
			const reader = await connection.runAndReadAll(sql, values.length ? values : undefined);
			return reader.getRowObjectsJson() as MetaRow[];
		},
		async run(sql, values = []) {
			await connection.run(sql, values.length ? values : undefined);
		},
		async transaction(work) {
			await connection.run('BEGIN TRANSACTION');
			try {
				const result = await work();
				await connection.run('COMMIT');
				return result;
			} catch (error) {
				await connection.run('ROLLBACK');
				throw error;
			}
		}
	};
	return self;
}

export interface MetaDb {
	/** Runs `work` with the database open, after every earlier operation of this process. */
	use<T>(work: (db: Meta) => Promise<T>): Promise<T>;
}

export function openMetaDb(file: string): MetaDb {
	let queue: Promise<unknown> = Promise.resolve();
	let schemaReady = false;
	async function once<T>(work: (db: Meta) => Promise<T>): Promise<T> {
		const instance = await openWaitingForLock(file);
		const connection = await instance.connect();
		try {
			const db = meta(connection);
			if (!schemaReady) {
				await connection.run(SCHEMA);
				schemaReady = true;
			}
			return await work(db);
		} finally {
			connection.closeSync();
			instance.closeSync();
		}
	}
	return {
		use(work) {
			const result = queue.then(() => once(work));
			queue = result.catch(() => undefined);
			return result;
		}
	};
}
