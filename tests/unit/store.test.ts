/**
 * The store: seeded from the bundled build, versions made current and rolled back in one
 * transaction each, compare-and-swap on the current version, accounts and sessions, and a
 * process killed mid-write leaving a store that opens with a complete current version.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '$lib/server/store';
import { BUNDLE, freshStore } from '../support/freshStore';
import {
	addUser,
	createSession,
	endSession,
	sessionUser,
	verifyUser
} from '$lib/server/store/accounts';
import { auditLog, currentVersions } from '$lib/server/store/versions';

const bundleManifest = JSON.parse(readFileSync(`${BUNDLE}/manifest.json`, 'utf8'));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the store', () => {
	it('is seeded from the bundled build, once', async () => {
		const store = await freshStore();
		const { manifest, dataDir } = store.current();
		expect(manifest.datasets.map((d) => [d.name, d.sha256, d.rows])).toEqual(
			bundleManifest.datasets
				.map((d: { name: string; sha256: string; rows: number }) => [d.name, d.sha256, d.rows])
				.sort()
		);
		for (const d of manifest.datasets) expect(sha256(path.join(dataDir, d.file))).toBe(d.sha256);
		const larc = manifest.datasets.find((d) => d.name === 'larc_requests')!;
		expect(larc.period).toEqual(
			bundleManifest.datasets.find((d: { name: string }) => d.name === 'larc_requests').period
		);
		const again = await openStore({
			dir: path.dirname(dataDir),
			bundleDir: BUNDLE,
			uploadable: []
		});
		expect(again.current().dataVersion).toBe(store.current().dataVersion);
		expect((await again.meta.use(auditLog)).length).toBe(manifest.datasets.length);
	});

	it('signs in with the right password only, and ends sessions', async () => {
		const store = await freshStore();
		await store.meta.use((db) =>
			addUser(db, 'Analyst@Example.nhs.uk', 'analyst', 'correct horse battery')
		);
		const user = await store.meta.use((db) =>
			verifyUser(db, 'analyst@example.nhs.uk', 'correct horse battery')
		);
		expect(user).toMatchObject({ email: 'analyst@example.nhs.uk', role: 'analyst' });
		expect(
			await store.meta.use((db) => verifyUser(db, 'analyst@example.nhs.uk', 'wrong'))
		).toBeNull();
		expect(await store.meta.use((db) => verifyUser(db, 'nobody@example.nhs.uk', 'x'))).toBeNull();
		const token = await store.meta.use((db) => createSession(db, user!));
		expect(await store.meta.use((db) => sessionUser(db, token))).toMatchObject({ role: 'analyst' });
		expect(await store.meta.use((db) => sessionUser(db, `${token}x`))).toBeNull();
		await store.meta.use((db) =>
			db.run(`UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z'`)
		);
		expect(await store.meta.use((db) => sessionUser(db, token))).toBeNull();
		const second = await store.meta.use((db) => createSession(db, user!));
		await store.meta.use((db) => endSession(db, second));
		expect(await store.meta.use((db) => sessionUser(db, second))).toBeNull();
		const stored = await store.meta.use((db) => db.rows('SELECT token_hash FROM sessions'));
		expect(JSON.stringify(stored)).not.toContain(second);
	});

	it('opens cleanly with a complete current version after a process is killed mid-write', async () => {
		const store = await freshStore();
		const dir = path.dirname(store.current().dataDir);
		for (const delay of [150, 400, 900]) {
			const child = spawn(
				process.execPath,
				['--import', 'tsx', 'tests/support/storeCrashChild.ts', dir, BUNDLE],
				{
					stdio: ['ignore', 'pipe', 'inherit']
				}
			);
			await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
			await new Promise((r) => setTimeout(r, delay));
			child.kill('SIGKILL');
			await new Promise((r) => child.once('exit', r));
			const reopened = await openStore({ dir, bundleDir: BUNDLE, uploadable: ['larc_requests'] });
			const larc = reopened.current().versions.find((v) => v.dataset === 'larc_requests')!;
			expect(sha256(reopened.objects.pathOf(larc.sha256))).toBe(larc.sha256);
			const versions = await reopened.meta.use(currentVersions);
			expect(versions.length).toBe(bundleManifest.datasets.length);
			expect(readdirSync(reopened.objects.tmpDir)).toEqual([]);
		}
		expect(existsSync(path.join(dir, 'store.duckdb'))).toBe(true);
		// The child was killed while it was making versions, not before it began.
		const reopened = await openStore({ dir, bundleDir: BUNDLE, uploadable: ['larc_requests'] });
		const crashVersions = (await reopened.meta.use(auditLog)).filter(
			(e) => e.actor === 'crash test'
		);
		expect(crashVersions.length).toBeGreaterThan(0);
	});
});
