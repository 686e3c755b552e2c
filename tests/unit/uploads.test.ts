/**
 * Uploads end to end on the server's side: each bad file or request is refused and the current
 * data is byte-for-byte as it was; a good one is previewed, made current, rolled back and
 * audited; two analysts confirming against the same version cannot both win.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractFor } from '$lib/contracts';
import type { Store } from '$lib/server/store';
import { auditLog, StaleVersionError } from '$lib/server/store/versions';
import { checkUpload, confirmUpload, rollBackTo } from '$lib/server/upload/uploads';
import { freshStore } from '../support/freshStore';

const analyst = { id: 1, email: 'analyst@example.nhs.uk', role: 'analyst' as const };
const TODAY = '2026-11-27';
const HEADER =
	'request_id,practice_code,pcn_code,lsoa21_code,age_band,reason,gynae_sub_reason,request_date,fit_date,setting,removal_date,removal_reason';
const FITTED =
	'3,F81075,U27924,E01021481,45-54,gynaecological,hrt_endometrial_protection,2023-04-06,2023-11-14,secondary_care,,';
const REMOVED =
	'485,F81132,U80679,E01021364,35-44,contraceptive,,2023-09-21,,primary_care,2023-11-03,declined';
const csv = (...lines: string[]) => new TextEncoder().encode([...lines].join('\n') + '\n');
const bundledLarc = readFileSync('static/data/larc_requests.parquet');

let store: Store;
beforeAll(async () => {
	store = await freshStore();
});

/** Every current file's bytes, by dataset, and the current version ids. */
function snapshot() {
	const { versions, dataDir } = store.current();
	return versions.map((v) => ({
		id: v.id,
		bytes: createHash('sha256')
			.update(readFileSync(`${dataDir}/${v.sha256}.parquet`))
			.digest('hex')
	}));
}

const check = (fileName: string, bytes: Uint8Array, dataset = 'larc_requests') =>
	checkUpload({
		store,
		contract: contractFor(dataset)!,
		fileName,
		bytes,
		user: analyst,
		today: TODAY
	});

const BAD_FILES: [string, string, Uint8Array][] = [
	['0 bytes', 'larc.csv', new Uint8Array()],
	['truncated Parquet', 'larc.parquet', bundledLarc.subarray(0, bundledLarc.length / 2)],
	['a CSV named .parquet', 'larc.parquet', csv(HEADER, FITTED)],
	['a Parquet file named .csv', 'larc.csv', bundledLarc],
	['a spreadsheet', 'larc.xlsx', csv(HEADER, FITTED)],
	['a missing column', 'larc.csv', csv(HEADER.replace(',setting', ''), FITTED)],
	['a duplicated column', 'larc.csv', csv(`${HEADER},reason`, `${FITTED},contraceptive`)],
	['an extra column', 'larc.csv', csv(`${HEADER},nhs_number`, `${FITTED},9434765919`)],
	['a header only', 'larc.csv', csv(HEADER)],
	['a ragged row', 'larc.csv', csv(HEADER, FITTED, '4,F81075')],
	['a wrong type', 'larc.csv', csv(HEADER, FITTED.replace('3,', 'three,'))],
	['an unknown practice', 'larc.csv', csv(HEADER, FITTED.replace('F81075', 'X00000'))],
	['an unknown PCN', 'larc.csv', csv(HEADER, FITTED.replace('U27924', 'U00000'))],
	['an unknown LSOA', 'larc.csv', csv(HEADER, FITTED.replace('E01021481', 'E01999999'))],
	['a date in the future', 'larc.csv', csv(HEADER, FITTED.replace('2023-11-14', '2030-01-01'))],
	['a date before 2000', 'larc.csv', csv(HEADER, FITTED.replace('2023-04-06', '1999-04-06'))],
	['a fit before the request', 'larc.csv', csv(HEADER, FITTED.replace('2023-11-14', '2023-01-02'))],
	['duplicate ids', 'larc.csv', csv(HEADER, FITTED, REMOVED.replace('485,', '3,'))],
	[
		'a formula in a coded cell',
		'larc.csv',
		csv(HEADER, FITTED.replace('45-54', '=HYPERLINK("x")'))
	],
	['a path in the file name', '../../../etc/passwd', csv(HEADER, FITTED)]
];

describe('uploads', () => {
	it.each(BAD_FILES)('refuse %s and leave the current data as it was', async (_, name, bytes) => {
		const before = snapshot();
		const outcome = await check(name, bytes);
		expect(outcome.ok).toBe(false);
		expect(snapshot()).toEqual(before);
	});

	it('keep only the last part of a file name, without control characters', async () => {
		const outcome = await check('..\\..\\evil\u0007\u202e.csv', csv(HEADER, FITTED, REMOVED));
		expect(outcome.fileName).toBe('evil.csv');
	});

	it('refuse negative counts in the USC extract', async () => {
		const header = 'month,pcn_code,locality,suspected_cancer,referrals,women_registered';
		const outcome = await check(
			'usc.csv',
			csv(header, '2024-07-01,U27924,South East Essex,other,-3,1000.5'),
			'usc_referrals'
		);
		expect(outcome.ok || outcome.problems.map((p) => p.check)).toEqual(['negative-count']);
	});

	it('preview, make current, roll back, and audit each step', async () => {
		const before = store.current().versions.find((v) => v.dataset === 'larc_requests')!;
		const outcome = await check('larc.csv', csv(HEADER, FITTED, REMOVED));
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		// Hand-worked: 2 rows, both already in the current extract (ids 3 and 485).
		expect(outcome.preview).toMatchObject({ rowsAfter: 2, added: 0, removed: before.rows - 2 });
		expect(outcome.preview.periodAfter).toEqual({
			from: '2023-11-01',
			to: '2023-11-30',
			completeFrom: '2023-11-01'
		});
		const afterCheck = snapshot();
		const made = await confirmUpload({
			store,
			dataset: 'larc_requests',
			sha256: outcome.sha256,
			baseVersionId: outcome.baseVersionId,
			note: '=HYPERLINK("http://evil")\u0000 two rows',
			user: analyst
		});
		expect(snapshot()).not.toEqual(afterCheck);
		expect(store.current().manifest.datasets.find((d) => d.name === 'larc_requests')).toMatchObject(
			{
				rows: 2,
				sha256: outcome.sha256,
				period: { from: '2023-11-01', to: '2023-11-30' }
			}
		);
		await rollBackTo({
			store,
			dataset: 'larc_requests',
			versionId: before.id,
			baseVersionId: made.id,
			note: 'back',
			user: analyst
		});
		expect(store.current().versions.find((v) => v.dataset === 'larc_requests')!.sha256).toBe(
			before.sha256
		);
		const [rollback, upload] = await store.meta.use(auditLog);
		expect(rollback).toMatchObject({
			action: 'rollback',
			versionId: before.id,
			previousVersionId: made.id
		});
		expect(upload).toMatchObject({
			action: 'upload',
			note: '=HYPERLINK("http://evil") two rows',
			rows: 2,
			sha256: outcome.sha256,
			fileName: 'larc.csv'
		});
	});

	it('let only one of two analysts who checked against the same version make theirs current', async () => {
		const first = await check('a.csv', csv(HEADER, FITTED));
		const second = await check('b.csv', csv(HEADER, REMOVED));
		if (!first.ok || !second.ok) throw new Error('both files are good');
		const confirm = (o: typeof first & { ok: true }) =>
			confirmUpload({
				store,
				dataset: 'larc_requests',
				sha256: o.sha256,
				baseVersionId: o.baseVersionId,
				note: 'n',
				user: analyst
			});
		const results = await Promise.allSettled([confirm(first), confirm(second)]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(failed.reason).toBeInstanceOf(StaleVersionError);
		expect(store.current().versions.find((v) => v.dataset === 'larc_requests')!.sha256).toBe(
			first.sha256
		);
	});

	it('refuse to make current a file that was never checked', async () => {
		const before = snapshot();
		const base = store.current().versions.find((v) => v.dataset === 'larc_requests')!;
		await expect(
			confirmUpload({
				store,
				dataset: 'larc_requests',
				sha256: 'a'.repeat(64),
				baseVersionId: base.id,
				note: '',
				user: analyst
			})
		).rejects.toThrow('has not been checked');
		expect(snapshot()).toEqual(before);
	});
});
