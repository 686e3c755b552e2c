/**
 * The contracts' checks on native DuckDB: the bundled extracts pass, and each kind of bad file
 * is reported with its column, rows and count.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACTS, contractFor } from '$lib/contracts';
import type { UploadProblem } from '$lib/contracts/problems';
import { checkFile } from '$lib/server/upload/checkFile';

const DATA = 'static/data';
const work = mkdtempSync(path.join(tmpdir(), 'upload-checks-'));
const referenceFiles = {
	practices: `${DATA}/practices.parquet`,
	pcns: `${DATA}/pcns.parquet`,
	geography_lsoa: `${DATA}/geography_lsoa.parquet`,
	service_catalogue: `${DATA}/service_catalogue.parquet`,
	sites: `${DATA}/sites.parquet`,
	site_lsoa_minutes: `${DATA}/site_lsoa_minutes.parquet`
};
const TODAY = '2026-11-27';
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => Promise.all(opened.map((db) => db.close())));

async function check(dataset: string, fileName: string, bytes: Uint8Array | string) {
	const contents = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
	const file = path.join(work, `${opened.length}.upload`);
	writeFileSync(file, contents);
	const { db, problems } = await checkFile({
		contract: contractFor(dataset)!,
		fileName,
		bytes: contents,
		file,
		referenceFiles,
		today: TODAY
	});
	opened.push(db);
	return problems;
}

const summary = (problems: UploadProblem[]) =>
	problems.map((p) => ({
		column: p.column,
		check: p.check,
		count: p.count,
		rows: p.examples.map((e) => e.row)
	}));

const HEADER =
	'request_id,practice_code,pcn_code,lsoa21_code,age_band,reason,gynae_sub_reason,request_date,fit_date,setting,removal_date,removal_reason';
/** Two good rows from the bundled extract: practice F81075 is in PCN U27924 (practices.parquet). */
const FITTED =
	'3,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,';
const REMOVED =
	'485,F81132,U80679,E01021364,35-44,contraceptive,,2023-09-21,,primary_care,2023-11-03,declined';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
/** One cell of a good row replaced (columns numbered as in HEADER from 0). */
const withCell = (row: string, column: number, value: string) =>
	row
		.split(',')
		.map((cell, i) => (i === column ? value : cell))
		.join(',');

describe('upload checks', () => {
	it('pass every bundled extract with no problem', async () => {
		for (const contract of CONTRACTS) {
			const bytes = readFileSync(`${DATA}/${contract.dataset}.parquet`);
			expect(await check(contract.dataset, `${contract.dataset}.parquet`, bytes)).toEqual([]);
		}
	});

	it('accept a small hand-made CSV', async () => {
		expect(await check('larc_requests', 'larc.csv', csv(FITTED, REMOVED))).toEqual([]);
	});

	it('refuse files that are not what their names say', async () => {
		const parquet = readFileSync(`${DATA}/larc_requests.parquet`);
		expect(summary(await check('larc_requests', 'larc.csv', ''))[0].check).toBe('empty-file');
		expect(summary(await check('larc_requests', 'larc.parquet', csv(FITTED)))[0].check).toBe(
			'not-parquet'
		);
		expect(
			summary(await check('larc_requests', 'larc.parquet', parquet.subarray(0, 5000)))[0].check
		).toBe('truncated-parquet');
		expect(summary(await check('larc_requests', 'larc.csv', parquet))[0].check).toBe('not-csv');
		expect(summary(await check('larc_requests', 'larc.xls', csv(FITTED)))[0].check).toBe(
			'file-type'
		);
		expect(summary(await check('larc_requests', 'larc.csv', HEADER + '\n'))[0].check).toBe(
			'no-rows'
		);
	});

	it('name missing, duplicated and unexpected columns', async () => {
		const header =
			HEADER.replace('pcn_code,', '').replace('reason,', 'reason,reason,') + ',nhs_number';
		const problems = await check('larc_requests', 'larc.csv', `${header}\n1,2\n`);
		expect(summary(problems)).toEqual([
			{ column: 'pcn_code', check: 'missing-column', count: 1, rows: [] },
			{ column: 'reason', check: 'duplicated-column', count: 2, rows: [] },
			{ column: 'nhs_number', check: 'extra-column', count: 1, rows: [] }
		]);
	});

	it('report a ragged CSV as unreadable, naming the file and not the server path', async () => {
		const [problem] = await check('larc_requests', 'ragged.csv', csv(FITTED, '1,2,3'));
		expect(problem.check).toBe('unreadable');
		expect(problem.message).not.toContain(work);
	});

	it('report wrong types, unknown codes and bad dates with their rows (header = row 1)', async () => {
		const problems = await check(
			'larc_requests',
			'larc.csv',
			csv(
				withCell(FITTED, 0, '1.5'),
				withCell(withCell(REMOVED, 0, '4'), 7, '21/09/2023'),
				withCell(withCell(REMOVED, 0, '5'), 1, 'X99999'),
				withCell(withCell(REMOVED, 0, '6'), 2, 'U00000'),
				withCell(withCell(REMOVED, 0, '7'), 3, 'E01999999'),
				withCell(withCell(REMOVED, 0, '8'), 7, '1999-12-31'),
				withCell(withCell(REMOVED, 0, '9'), 10, '2027-01-04'),
				withCell(withCell(REMOVED, 0, '10'), 5, '=HYPERLINK("http://x")'),
				withCell(withCell(FITTED, 0, '11'), 8, '2023-04-05')
			)
		);
		expect(summary(problems)).toEqual([
			{ column: 'request_id', check: 'type', count: 1, rows: [2] },
			{ column: 'practice_code', check: 'unknown-code', count: 1, rows: [4] },
			{ column: 'pcn_code', check: 'unknown-code', count: 1, rows: [5] },
			{ column: 'lsoa21_code', check: 'unknown-code', count: 1, rows: [6] },
			{ column: 'reason', check: 'allowed-values', count: 1, rows: [9] },
			{ column: 'request_date', check: 'type', count: 1, rows: [3] },
			{ column: 'request_date', check: 'date-before-2000', count: 1, rows: [7] },
			{ column: 'removal_date', check: 'future-date', count: 1, rows: [8] },
			{ column: 'fit_date', check: 'fit-before-request', count: 1, rows: [10] },
			{ column: 'pcn_code', check: 'pcn-of-practice', count: 1, rows: [5] }
		]);
		expect(problems.find((p) => p.check === 'allowed-values')?.examples[0].value).toBe(
			'=HYPERLINK("http://x")'
		);
	});

	it('report duplicate ids, a fit and a removal together, and a missing removal reason', async () => {
		const problems = await check(
			'larc_requests',
			'larc.csv',
			csv(FITTED, withCell(FITTED, 10, '2023-12-01'), withCell(withCell(REMOVED, 0, '4'), 11, ''))
		);
		expect(summary(problems)).toEqual([
			{ column: 'removal_date', check: 'fit-and-removal', count: 1, rows: [3] },
			{ column: 'removal_reason', check: 'removal-reason', count: 2, rows: [3, 4] },
			{ column: 'request_id', check: 'duplicate-key', count: 2, rows: [2, 3] }
		]);
	});

	it('refuse negative counts', async () => {
		const header = 'month,pcn_code,locality,suspected_cancer,referrals,women_registered';
		const problems = await check(
			'usc_referrals',
			'usc.csv',
			`${header}\n2024-07-01,U27924,South East Essex,other,-3,1000.5\n`
		);
		expect(summary(problems)).toEqual([
			{ column: 'referrals', check: 'negative-count', count: 1, rows: [2] }
		]);
	});
});
