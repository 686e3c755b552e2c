/**
 * The store: where the dashboard's current data lives once it runs. A folder (STORE_DIR, by
 * default data/store/) holding store.duckdb (metaDb.ts) and parquet/<sha256>.parquet
 * (objects.ts). On every start the bundled build (static/data) is brought in: a dataset the
 * store does not have yet is seeded from it, and a dataset analysts cannot upload (reference
 * data) follows the bundle, so a rebuilt bundle reaches the dashboard; uploaded datasets keep
 * their current version.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, ManifestEntry } from '../../data/datasets';
import { parseManifest } from '../../data/loadDatasets';
import { openMetaDb, type MetaDb } from './metaDb';
import { ObjectStore, type StoredObject } from './objects';
import { addCurrentVersion, currentVersions, type VersionRecord } from './versions';

export const STORE_FILE = 'store.duckdb';

export interface StoreOptions {
	dir: string;
	/** The bundled build: Parquet files and manifest.json. */
	bundleDir: string;
	/** Datasets analysts upload: never replaced by the bundle once in the store. */
	uploadable: readonly string[];
}

/** The data the dashboard shows: a manifest of the current versions and where their files are. */
export interface CurrentData {
	manifest: Manifest;
	dataDir: string;
	/** Changes whenever any current version changes. */
	dataVersion: string;
	versions: VersionRecord[];
}

export interface Store {
	meta: MetaDb;
	objects: ObjectStore;
	current(): CurrentData;
	/** Reads the current versions again (after this process changed them). */
	refresh(): Promise<CurrentData>;
}

function entryOf(v: VersionRecord): ManifestEntry {
	return {
		name: v.dataset as ManifestEntry['name'],
		file: `${v.sha256}.parquet`,
		rows: v.rows,
		bytes: v.bytes,
		sha256: v.sha256,
		vintage: v.vintage,
		kind: v.kind as ManifestEntry['kind'],
		description: v.description,
		...(v.periodFrom && v.periodTo
			? {
					period: {
						from: v.periodFrom,
						to: v.periodTo,
						...(v.completeFrom ? { completeFrom: v.completeFrom } : {})
					}
				}
			: {})
	};
}

function currentData(versions: VersionRecord[], seed: number, dataDir: string): CurrentData {
	const latest =
		versions
			.map((v) => v.createdAt)
			.sort()
			.at(-1) ?? new Date(0).toISOString();
	return {
		manifest: { generatedAt: latest, seed, datasets: versions.map(entryOf) },
		dataDir,
		dataVersion: versions.map((v) => `${v.dataset}:${v.id}`).join(','),
		versions
	};
}

async function bringInBundle(
	meta: MetaDb,
	objects: ObjectStore,
	bundle: Manifest,
	options: StoreOptions
): Promise<void> {
	const current = await meta.use(currentVersions);
	const incoming: { entry: ManifestEntry; stored: StoredObject; previous: number | null }[] = [];
	for (const entry of bundle.datasets) {
		const mine = current.find((v) => v.dataset === entry.name);
		const followsBundle = !options.uploadable.includes(entry.name);
		if (mine && (!followsBundle || mine.sha256 === entry.sha256)) continue;
		const stored = await objects.copyIn(path.join(options.bundleDir, entry.file));
		if (stored.sha256 !== entry.sha256)
			throw new Error(`${entry.file}: checksum does not match the bundled manifest`);
		incoming.push({ entry, stored, previous: mine?.id ?? null });
	}
	if (!incoming.length) return;
	await meta.use(async (db) => {
		for (const { entry, stored, previous } of incoming) {
			const version = {
				dataset: entry.name,
				sha256: stored.sha256,
				rows: entry.rows,
				bytes: stored.bytes,
				periodFrom: entry.period?.from ?? null,
				periodTo: entry.period?.to ?? null,
				completeFrom: entry.period?.completeFrom ?? null,
				kind: entry.kind,
				vintage: entry.vintage,
				description: entry.description,
				fileName: entry.file,
				note: 'Bundled build',
				createdBy: 'dashboard build'
			};
			await addCurrentVersion(db, version, previous, 'seed');
		}
	});
}

export async function openStore(options: StoreOptions): Promise<Store> {
	const objects = new ObjectStore(path.join(options.dir, 'parquet'));
	await objects.init();
	await objects.clearTmp();
	const meta = openMetaDb(path.join(options.dir, STORE_FILE));
	const bundle = parseManifest(
		JSON.parse(await readFile(path.join(options.bundleDir, 'manifest.json'), 'utf8'))
	);
	await bringInBundle(meta, objects, bundle, options);
	let current = currentData(await meta.use(currentVersions), bundle.seed, objects.dir);
	return {
		meta,
		objects,
		current: () => current,
		async refresh() {
			current = currentData(await meta.use(currentVersions), bundle.seed, objects.dir);
			return current;
		}
	};
}
