/**
 * The contracts of the service, site and interventions uploads on native DuckDB: a small good
 * file passes, and a hand-made bad file is refused with each problem's column and rows (the header
 * is row 1). Then an accepted interventions log is what the SPC charts read from the store.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { contractFor } from '$lib/contracts';
import { toCsv } from '$lib/csv/toCsv';
import type { UploadProblem } from '$lib/contracts/problems';
import { interventionLog } from '$lib/queries/interventions';
import { serviceLevelsAsAt } from '$lib/queries/serviceOffers';
import { loadServicesModel } from '$lib/topics/services/model';
import { DEFAULT_SERVICES_STATE } from '$lib/topics/services/state';
import { openNativeDatabaseWithManifest } from '$lib/server/duckdbNative';
import { checkFile } from '$lib/server/upload/checkFile';
import { checkUpload, confirmUpload } from '$lib/server/upload/uploads';
import { freshStore } from '../support/freshStore';

const DATA = 'static/data';
const TODAY = '2026-11-27';
const work = mkdtempSync(path.join(tmpdir(), 'upload-contracts-'));
const referenceFiles = Object.fromEntries(
	['practices', 'pcns', 'geography_lsoa', 'service_catalogue', 'sites', 'site_lsoa_minutes'].map(
		(t) => [t, `${DATA}/${t}.parquet`]
	)
);
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => Promise.all(opened.map((db) => db.close())));

async function problemsIn(dataset: string, ...lines: string[]) {
	const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
	const file = path.join(work, `${opened.length}.upload`);
	writeFileSync(file, bytes);
	const { db, problems } = await checkFile({
		contract: contractFor(dataset)!,
		fileName: `${dataset}.csv`,
		bytes,
		file,
		referenceFiles,
		today: TODAY
	});
	opened.push(db);
	return problems.map((p: UploadProblem) => [p.column, p.check, p.examples.map((e) => e.row)]);
}

const SOURCE = 'Illustrative configuration';

describe('the service_offers contract', () => {
	const header = 'pcn_code,site_code,service_code,level,start_date,provider,clinician_types';
	it('refuses an unknown service, a site for an offer not in person and a repeated key', async () => {
		expect(
			await problemsIn(
				'service_offers',
				header,
				'U02453,F81159,breast_pain,clinical_in_person,2026-02-01,Primary care network,GP',
				'U02453,F81159,breast_pain,advice_triage,2024-10-01,South East Essex hub,GP',
				'U02453,,pessaries,clinical_virtual,2024-10-01,South East Essex hub,',
				'U02453,,breast_pain,advice_triage,2024-10-01,South East Essex hub,GP'
			)
		).toEqual([
			['service_code', 'unknown-code', [4]],
			['site_code', 'site-not-in-person', [3]],
			['pcn_code, service_code, start_date', 'duplicate-key', [3, 5]]
		]);
	});

	it('once made current, is what /services shows, as at the end of last month', async () => {
		const store = await freshStore();
		const analyst = { id: 1, email: 'analyst@example.nhs.uk', role: 'analyst' as const };
		const outcome = await checkUpload({
			store,
			contract: contractFor('service_offers')!,
			fileName: 'offers.csv',
			bytes: new TextEncoder().encode(
				`${header}\nU02453,F81159,ring_pessary,clinical_in_person,2024-01-01,Primary care network,GP\n`
			),
			user: analyst,
			today: TODAY
		});
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		const base = outcome.baseVersionId;
		const { sha256 } = outcome;
		await confirmUpload({
			store,
			dataset: 'service_offers',
			sha256,
			baseVersionId: base,
			note: '',
			user: analyst
		});
		const { dataDir, manifest } = store.current();
		const { db } = await openNativeDatabaseWithManifest(dataDir, manifest);
		opened.push(db);
		const model = await loadServicesModel({ db, manifest }, DEFAULT_SERVICES_STATE);
		const now = new Date();
		const lastMonthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
		expect(model.asAt).toBe(lastMonthEnd.toISOString().slice(0, 10));
		const offered = (await serviceLevelsAsAt(db, { asAt: model.asAt })).filter(
			(r) => r.level !== 'not_offered'
		);
		expect(offered.map((r) => [r.pcn_code, r.service_code, r.level])).toEqual([
			['U02453', 'ring_pessary', 'clinical_in_person']
		]);
	});
});

describe('the workforce contract', () => {
	const header = 'month,pcn_code,skill,clinicians_current,completions,planned_completions';
	it('refuses an unknown PCN and skill, a negative count and a month not on its first day', async () => {
		expect(
			await problemsIn(
				'workforce',
				header,
				'2024-01-01,U02453,larc_fitting,2,0,0',
				'2024-01-15,U02453,menopause,0,0,0',
				'2024-02-01,U02453,larc_fitting,-1,0,0',
				'2024-02-01,U99999,yoga,1,1,1'
			)
		).toEqual([
			['pcn_code', 'unknown-code', [5]],
			['skill', 'allowed-values', [5]],
			['clinicians_current', 'negative-count', [4]],
			['month', 'first-of-month', [3]]
		]);
	});
});

describe('the sites contract', () => {
	const header = 'site_id,site_name,site_type,practice_code,pcn_code,locality,lat,lon,source';
	it('refuses an unknown site type, a site not named by its practice, the wrong PCN and a site far away', async () => {
		expect(
			await problemsIn(
				'sites',
				header,
				`F81149,Mid Essex hub,hub,F81149,U12553,Mid Essex,51.758,0.545,${SOURCE}`,
				// F81192 is in PCN U68127 (Thurrock), not U12553 (practices.parquet).
				`F81192,Thurrock hub,hub,F81192,U12553,Thurrock,51.498,0.329,${SOURCE}`,
				`RAJ,Southend University Hospital,acute,,,,51.553,0.687,${SOURCE}`,
				// Latitude and longitude swapped.
				`F81651,South Green,spoke,F81651,U91979,Basildon and Brentwood,0.431,51.613,${SOURCE}`,
				`X1,A clinic,clinic,,,,51.6,0.5,${SOURCE}`
			)
		).toEqual([
			['site_type', 'allowed-values', [6]],
			['practice_code', 'practice-site-id', [6]],
			['pcn_code', 'pcn-of-practice', [3]],
			// X1 is not among the sites the travel-time matrix was built for.
			['site_id', 'no-travel-times', [6]],
			['lat', 'outside-area', [5]]
		]);
	});
});

describe('the site_services contract', () => {
	it('refuses a site not in the current sites list, an unknown service and a repeated key', async () => {
		expect(
			await problemsIn(
				'site_services',
				'site_id,service_code,source',
				`F81006,menopause,${SOURCE}`,
				`NOPE1,menopause,${SOURCE}`,
				`F81006,ring_pessaries,${SOURCE}`,
				`F81006,menopause,${SOURCE}`
			)
		).toEqual([
			['site_id', 'unknown-code', [3]],
			['service_code', 'allowed-values', [4]],
			['site_id, service_code', 'duplicate-key', [2, 5]]
		]);
	});
});

const INTERVENTIONS_HEADER = 'intervention_id,date,label,scope,scope_code,kpi_ids,kind';
const HUB_OPENED =
	'hub-opened-thurrock-2024-09-02,2024-09-02,Thurrock hub opened,locality,Thurrock,gynae_larc_waiting;pessary_changes_overdue,hub_opened';

describe('the interventions contract', () => {
	it('refuses a bad id, a scope code that does not fit, unknown KPIs, a long label and a future date', async () => {
		expect(
			await problemsIn(
				'interventions',
				INTERVENTIONS_HEADER,
				HUB_OPENED,
				'Hub Opened 2,2024-08-01,Hub opened,locality,Basildon,gynae_larc_waiting,hub_opened',
				'pcn-x-2031-01-01,2031-01-01,Spoke,pcn,U91979,gynae_larc_waiting;made_up,spoke_started_larc',
				`icb-change-2024-09-01,2024-09-01,${'x'.repeat(121)},icb,QH8,gynae_larc_waiting,pathway_change`
			)
		).toEqual([
			['date', 'future-date', [4]],
			['intervention_id', 'intervention-id', [3]],
			['label', 'label-length', [5]],
			['scope_code', 'scope-code', [3]],
			['kpi_ids', 'kpi-ids', [4]]
		]);
	});

	/** Checks and makes current an interventions file; returns the log the SPC charts read. */
	async function uploadedLog(fileName: string, bytes: Uint8Array) {
		const store = await freshStore();
		const analyst = { id: 1, email: 'analyst@example.nhs.uk', role: 'analyst' as const };
		const contract = contractFor('interventions')!;
		const outcome = await checkUpload({
			store,
			contract,
			fileName,
			bytes,
			user: analyst,
			today: TODAY
		});
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		await confirmUpload({
			store,
			dataset: 'interventions',
			sha256: outcome.sha256,
			baseVersionId: outcome.baseVersionId,
			note: 'one change',
			user: analyst
		});
		const { dataDir, manifest } = store.current();
		const { db } = await openNativeDatabaseWithManifest(dataDir, manifest);
		opened.push(db);
		return interventionLog(db);
	}

	it('once made current, is the log the SPC charts read', async () => {
		const csv = new TextEncoder().encode(`${INTERVENTIONS_HEADER}\n${HUB_OPENED}\n`);
		expect(await uploadedLog('interventions.csv', csv)).toEqual([
			{
				id: 'hub-opened-thurrock-2024-09-02',
				date: '2024-09-02',
				label: 'Thurrock hub opened',
				scope: 'locality',
				scopeCode: 'Thurrock',
				kpiIds: ['gynae_larc_waiting', 'pessary_changes_overdue'],
				kind: 'hub_opened'
			}
		]);
	});

	it('keeps a formula typed as a label as its text, and a download neutralises it', async () => {
		const text = (value: string) => ({ value, type: String });
		const book = await writeXlsxFile([
			INTERVENTIONS_HEADER.split(',').map(text),
			[
				text('pathway-change-qh8-2024-10-01'),
				{ value: new Date('2024-10-01T00:00:00Z'), type: Date, format: 'dd/mm/yyyy' },
				{ value: 'HYPERLINK("http://example.com","Pathway changed")', type: 'Formula' },
				text('icb'),
				text('QH8'),
				text('gynae_larc_waiting'),
				text('pathway_change')
			]
		]).toBuffer();
		const [logged] = await uploadedLog('interventions.xlsx', new Uint8Array(book));
		expect(logged.label).toBe('=HYPERLINK("http://example.com","Pathway changed")');
		expect(toCsv([logged], [{ header: 'label', value: (r) => r.label }])).toBe(
			'label\r\n"\'=HYPERLINK(""http://example.com"",""Pathway changed"")"\r\n'
		);
	});
});
