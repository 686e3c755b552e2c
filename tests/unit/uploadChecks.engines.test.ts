/**
 * The browser's check (DuckDB-WASM, here its Node build) finds exactly the problems the server's
 * check (native DuckDB) finds, for good and bad files: same checks, rows, counts and examples.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from '$lib/contracts';
import { checkOnArrowEngine } from '$lib/contracts/engineCheck';
import type { ArrowDatabase } from '$lib/data/database';
import { decodeParquetNode, openNodeDatabaseWithData } from '$lib/server/duckdbWasmNode';
import { checkFile, REFERENCE_TABLES } from '$lib/server/upload/checkFile';

const DATA = 'static/data';
const TODAY = '2026-11-27';
const work = mkdtempSync(path.join(tmpdir(), 'upload-engines-'));
let wasm: ArrowDatabase;
beforeAll(async () => {
	({ db: wasm } = await openNodeDatabaseWithData(DATA, [...REFERENCE_TABLES]));
}, 60_000);
afterAll(async () => wasm?.close());

async function onServer(fileName: string, bytes: Uint8Array, dataset = 'larc_requests') {
	const file = path.join(work, `${Math.random().toString(36).slice(2)}.upload`);
	writeFileSync(file, bytes);
	const { db, problems } = await checkFile({
		contract: contractFor(dataset)!,
		fileName,
		bytes,
		file,
		referenceFiles: Object.fromEntries(REFERENCE_TABLES.map((t) => [t, `${DATA}/${t}.parquet`])),
		today: TODAY
	});
	await db.close();
	return problems;
}

const inBrowserEngine = async (fileName: string, bytes: Uint8Array, dataset = 'larc_requests') =>
	(
		await checkOnArrowEngine({
			db: wasm,
			decode: decodeParquetNode,
			contract: contractFor(dataset)!,
			fileName,
			bytes: bytes.slice(),
			today: TODAY
		})
	).problems;

const HEADER =
	'request_id,practice_code,pcn_code,lsoa21_code,age_band,reason,gynae_sub_reason,request_date,fit_date,setting,removal_date,removal_reason';
const FITTED =
	'3,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,';
const REMOVED =
	'485,F81132,U80679,E01021364,35-44,contraceptive,,2023-09-21,,primary_care,2023-11-03,declined';
const text = (...lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');
/** The same lines as a workbook: dates typed as dates, whole numbers as numbers. */
const workbook = async (...lines: string[]) =>
	new Uint8Array(
		await writeXlsxFile(
			lines.map((line) =>
				line.split(',').map((v) => {
					if (/^\d{4}-\d{2}-\d{2}$/.test(v))
						return { value: new Date(`${v}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
					if (/^\d+$/.test(v)) return { value: Number(v), type: Number };
					return v ? { value: v, type: String } : null;
				})
			)
		).toBuffer()
	);

const FILES: [string, string, Uint8Array][] = [
	['a good CSV', 'larc.csv', text(HEADER, FITTED, REMOVED)],
	[
		'unknown codes, a bad date, a future date and a duplicate id',
		'larc.csv',
		text(
			HEADER,
			FITTED.replace('F81075', 'X99999'),
			REMOVED.replace('2023-09-21', '2023-13-40'),
			REMOVED.replace('485,', '486,').replace('2023-11-03', '2031-01-01'),
			FITTED
		)
	],
	['a missing and an extra column', 'larc.csv', text(HEADER.replace('setting', 'site'), FITTED)],
	['a header and no rows', 'larc.csv', text(HEADER)],
	['a CSV named .parquet', 'larc.parquet', text(HEADER, FITTED)],
	['the bundled Parquet extract', 'larc.parquet', readFileSync(`${DATA}/larc_requests.parquet`)],
	['a good workbook', 'larc.xlsx', await workbook(HEADER, FITTED, REMOVED)],
	[
		'a workbook with an unknown code',
		'larc.xlsx',
		await workbook(HEADER, FITTED.replace('F81075', 'X99999'))
	],
	['a CSV named .xlsx', 'larc.xlsx', text(HEADER, FITTED)]
];

describe('the browser check and the server check', () => {
	it.each(FILES)('find the same problems in %s', async (_, fileName, bytes) => {
		const server = await onServer(fileName, bytes);
		expect(await inBrowserEngine(fileName, bytes)).toEqual(server);
	});

	it.each([
		[
			'sites',
			'site_id,site_name,site_type,practice_code,pcn_code,locality,lat,lon,source',
			'F81192,Thurrock hub,hub,F81192,U12553,Thurrock,51.498,0.329,s',
			'X1,A clinic,practice,,,,0.5,51.6,s'
		],
		[
			'interventions',
			'intervention_id,date,label,scope,scope_code,kpi_ids,kind',
			'hub-opened-thurrock-2024-09-02,2024-09-02,Thurrock hub opened,locality,Thurrock,gynae_larc_waiting ; pessary_changes_overdue,hub_opened',
			'Bad Id,2024-09-02,x,pcn,U00000,made_up,hub_opened'
		],
		[
			'service_offers',
			'pcn_code,site_code,service_code,level,start_date,provider,clinician_types',
			'U02453,F81159,breast_pain,advice_triage,2024-10-01,Hub,GP',
			'U02453,,pessaries,clinical_virtual,2024-10-01,Hub,'
		]
	])('find the same problems in a bad %s file', async (dataset, ...lines) => {
		const bytes = text(...lines);
		const server = await onServer(`${dataset}.csv`, bytes, dataset);
		expect(server.length).toBeGreaterThan(0);
		expect(await inBrowserEngine(`${dataset}.csv`, bytes, dataset)).toEqual(server);
	});

	it('find something wrong in each bad file', async () => {
		const counts = await Promise.all(
			FILES.slice(1, 5).map(async ([, name, bytes]) => (await onServer(name, bytes)).length)
		);
		expect(counts.every((n) => n > 0)).toBe(true);
	});
});
