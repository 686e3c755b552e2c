/**
 * The browser check says how far it has got: bytes read, rows loading, then the checks through
 * the rows pass by pass, then rows checked; on DuckDB-WASM's Node build, as in the page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from '$lib/contracts';
import { checkChosenFile } from '$lib/contracts/browserCheck';
import type { CheckProgress } from '$lib/contracts/checkProgress';
import { contractChecks } from '$lib/contracts/checkList';
import type { ArrowDatabase } from '$lib/data/database';
import { decodeParquetNode, openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';

const DATA = 'static/data';
let db: ArrowDatabase;
beforeAll(async () => {
	({ db } = await openNodeDatabaseWithData(DATA, ['practices', 'pcns', 'geography_lsoa']));
}, 60_000);
afterAll(async () => db?.close());

describe('the browser check’s progress', () => {
	it('reports each stage in order, and the checks through both passes of the rows', async () => {
		const contract = contractFor('larc_requests')!;
		const bytes = readFileSync(`${DATA}/larc_requests.parquet`);
		const rows = JSON.parse(readFileSync(`${DATA}/manifest.json`, 'utf8')).datasets.find(
			(d: { name: string }) => d.name === 'larc_requests'
		).rows as number;
		const seen: CheckProgress[] = [];
		const result = await checkChosenFile({
			file: new File([bytes], 'larc.parquet'),
			contract,
			limitBytes: 200_000_000,
			today: '2026-11-27',
			engine: async () => ({ db, decode: decodeParquetNode }),
			preview: false,
			onProgress: (p) => seen.push(p)
		});
		expect(result.problems).toEqual([]);
		const stages = seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
		expect(stages).toEqual(['reading', 'loading', 'checking', 'done']);
		// Fewer rows than a block: one step per pass, so 0, then every row once, then twice.
		const checking = seen.filter((p) => p.stage === 'checking');
		expect(checking.map((p) => p.done)).toEqual([0, rows, 2 * rows]);
		expect(checking[0]).toMatchObject({
			rows,
			checks: contractChecks(contract).length,
			total: 2 * rows
		});
		expect(seen.at(-1)).toEqual({ stage: 'done', rows });
	}, 60_000);
});
