/**
 * The preview of a change that the browser shows before anything is sent (DuckDB-WASM, here its
 * Node build, against the current version it holds) is the preview the server shows after its
 * own check (native DuckDB, against the store's current version): same rows, periods and totals.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from '$lib/contracts';
import { checkOnArrowEngine } from '$lib/contracts/engineCheck';
import type { ArrowDatabase } from '$lib/data/database';
import { decodeParquetNode, openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';
import type { Store } from '$lib/server/store';
import { checkUpload } from '$lib/server/upload/uploads';
import { BUNDLE, freshStore } from '../support/freshStore';

const TODAY = '2026-11-27';
const analyst = { id: 1, email: 'analyst@example.nhs.uk', role: 'analyst' as const };
const contract = contractFor('larc_requests')!;
let wasm: ArrowDatabase;
let store: Store;
beforeAll(async () => {
	store = await freshStore();
	({ db: wasm } = await openNodeDatabaseWithData(BUNDLE, [
		'practices',
		'pcns',
		'geography_lsoa',
		'larc_requests'
	]));
}, 60_000);
afterAll(async () => wasm?.close());

const HEADER =
	'request_id,practice_code,pcn_code,lsoa21_code,age_band,reason,gynae_sub_reason,request_date,fit_date,setting,removal_date,removal_reason';
const FITTED =
	'3,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,';
const REMOVED =
	'485,F81132,U80679,E01021364,35-44,contraceptive,,2023-09-21,,primary_care,2023-11-03,declined';

/** The bundled extract without every tenth request, as Parquet (written by native DuckDB). */
async function withoutEveryTenth(): Promise<Uint8Array> {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'preview-')), 'larc.parquet');
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	await connection.run(
		`COPY (SELECT * FROM read_parquet('${BUNDLE}/larc_requests.parquet') WHERE request_id % 10 <> 0)
		TO '${file}' (FORMAT parquet)`
	);
	connection.closeSync();
	instance.closeSync();
	return readFileSync(file);
}

async function previews(fileName: string, bytes: Uint8Array) {
	const server = await checkUpload({
		store,
		contract,
		fileName,
		bytes,
		user: analyst,
		today: TODAY
	});
	const browser = await checkOnArrowEngine({
		db: wasm,
		decode: decodeParquetNode,
		contract,
		fileName,
		bytes: bytes.slice(),
		today: TODAY,
		currentTable: 'larc_requests'
	});
	if (!server.ok) throw new Error(`The server refused ${fileName}`);
	expect(browser.problems).toEqual([]);
	return { server: server.preview, browser: browser.preview };
}

describe('the browser’s preview of a change and the server’s', () => {
	it('are the same for a small CSV that replaces the whole extract', async () => {
		const csv = new TextEncoder().encode([HEADER, FITTED, REMOVED].join('\n') + '\n');
		const { server, browser } = await previews('larc.csv', csv);
		expect(server.rowsAfter).toBe(2);
		expect(server.added).toBe(0);
		expect(browser).toEqual(server);
	});

	it('are the same for the extract with every tenth request left out', async () => {
		const { server, browser } = await previews('larc.parquet', await withoutEveryTenth());
		expect(server.removed).toBeGreaterThan(0);
		expect(server.rowsAfter).toBe(server.rowsBefore - server.removed);
		expect(browser).toEqual(server);
	});
});
