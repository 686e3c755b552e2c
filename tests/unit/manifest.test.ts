/** static/data/manifest.json against the shared schema and the files it describes. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES, manifestSchema } from '../../src/lib/data/datasets';
import { sha256OfFile } from '../../scripts/data/manifest';
import {
	BUILT_DATA_DIR,
	openBuiltData,
	readBuiltManifest,
	type BuiltData
} from '../support/builtData';

/** The columns the browser queries rely on, in order, with their DuckDB types. */
const EXPECTED_COLUMNS: Record<string, string> = {
	geography_lsoa:
		'lsoa21_code VARCHAR, lsoa21_name VARCHAR, ward24_code VARCHAR, ward24_name VARCHAR, lad24_code VARCHAR, lad24_name VARCHAR, locality VARCHAR, sub_icb_code VARCHAR, imd25_score DOUBLE, imd25_rank INTEGER, imd25_decile INTEGER, imd25_quintile INTEGER, ruc21_code VARCHAR, ruc21_name VARCHAR, ruc21_class VARCHAR, lsoa_change_code VARCHAR, centroid_lat DOUBLE, centroid_lon DOUBLE, centroid_method VARCHAR',
	population_female_lsoa: 'lsoa21_code VARCHAR, age_band VARCHAR, women DOUBLE',
	practices:
		'practice_code VARCHAR, practice_name VARCHAR, postcode VARCHAR, pcn_code VARCHAR, pcn_name VARCHAR, pcn_source VARCHAR, sub_icb_code VARCHAR, locality VARCHAR, lat DOUBLE, lon DOUBLE',
	pcns: 'pcn_code VARCHAR, pcn_name VARCHAR, sub_icb_code VARCHAR, locality VARCHAR, practice_count INTEGER',
	hubs: 'locality VARCHAR, hub_name VARCHAR, host_practice_code VARCHAR, lat DOUBLE, lon DOUBLE, open_date DATE, pcn_code VARCHAR, pcn_start_date DATE',
	larc_requests:
		'request_id INTEGER, practice_code VARCHAR, pcn_code VARCHAR, lsoa21_code VARCHAR, age_band VARCHAR, reason VARCHAR, gynae_sub_reason VARCHAR, request_date DATE, fit_date DATE, setting VARCHAR, removal_date DATE, removal_reason VARCHAR',
	pessary_activity:
		'episode_id INTEGER, practice_code VARCHAR, pcn_code VARCHAR, lsoa21_code VARCHAR, age_band VARCHAR, episode_type VARCHAR, due_date DATE, done_date DATE, setting VARCHAR',
	rtt_completed:
		'period DATE, provider_code VARCHAR, treatment_function_code VARCHAR, treatment_function_name VARCHAR, pathway VARCHAR, weeks_from INTEGER, weeks_to INTEGER, patients INTEGER, source_file VARCHAR',
	cancer_waiting_times:
		'period DATE, org_code VARCHAR, org_name VARCHAR, org_level VARCHAR, standard VARCHAR, threshold_days INTEGER, referral_route VARCHAR, cancer_type VARCHAR, treatment_stage VARCHAR, treatment_modality VARCHAR, total INTEGER, within_standard INTEGER, after_standard INTEGER, source_file VARCHAR',
	usc_referrals:
		'month DATE, pcn_code VARCHAR, locality VARCHAR, suspected_cancer VARCHAR, referrals INTEGER, women_registered DOUBLE',
	access_lsoa:
		'lsoa21_code VARCHAR, origin_lat DOUBLE, origin_lon DOUBLE, origin_method VARCHAR, connectivity_score DOUBLE',
	sites:
		'site_id VARCHAR, site_name VARCHAR, site_type VARCHAR, practice_code VARCHAR, pcn_code VARCHAR, locality VARCHAR, lat DOUBLE, lon DOUBLE, source VARCHAR',
	site_services: 'site_id VARCHAR, service_code VARCHAR, source VARCHAR',
	site_lsoa_minutes:
		'site_id VARCHAR, lsoa21_code VARCHAR, mode VARCHAR, minutes DOUBLE, source VARCHAR',
	map_boundaries: 'map VARCHAR, topology VARCHAR'
};

let data: BuiltData;
beforeAll(async () => {
	data = await openBuiltData();
});

describe('manifest.json', () => {
	const manifest = readBuiltManifest();

	it('is valid against the shared zod schema and lists every dataset once', () => {
		const parsed = manifestSchema.parse(manifest);
		expect(parsed.datasets.map((entry) => entry.name)).toEqual([...DATASET_NAMES]);
		expect(DATASET_NAMES).toContain('hubs');
		expect(Number.isNaN(Date.parse(parsed.generatedAt))).toBe(false);
		expect(manifest.endMonth).toMatch(/^\d{4}-\d{2}$/);
	});

	it('labels real, modelled and synthetic data', () => {
		const kinds = Object.fromEntries(manifest.datasets.map((entry) => [entry.name, entry.kind]));
		expect(kinds).toEqual({
			geography_lsoa: 'real',
			population_female_lsoa: 'modelled',
			practices: 'real',
			pcns: 'real',
			hubs: 'synthetic',
			interventions: 'synthetic',
			larc_requests: 'synthetic',
			pessary_activity: 'synthetic',
			rtt_completed: 'real',
			cancer_waiting_times: 'real',
			usc_referrals: 'synthetic',
			service_catalogue: 'real',
			population_female_pcn: 'modelled',
			service_offers: 'synthetic',
			workforce: 'synthetic',
			access_lsoa: 'real',
			sites: 'synthetic',
			site_services: 'synthetic',
			site_lsoa_minutes: 'modelled',
			map_boundaries: 'real'
		});
	});

	it('matches each file’s size, sha256 and row count', async () => {
		for (const entry of manifest.datasets) {
			const path = join(BUILT_DATA_DIR, entry.file);
			expect(existsSync(path), entry.file).toBe(true);
			expect(sha256OfFile(path), entry.file).toBe(entry.sha256);
			const [count] = await data.rows<{ n: number }>(
				`SELECT CAST(count(*) AS INTEGER) AS n FROM ${data.from(entry.name)}`
			);
			expect(count.n, entry.file).toBe(entry.rows);
			expect(entry.bytes).toBeGreaterThan(0);
		}
	});
});

describe('Parquet schemas', () => {
	it.each(Object.keys(EXPECTED_COLUMNS))(
		'%s has exactly the agreed columns and types',
		async (name) => {
			const columns = await data.rows<{ column_name: string; column_type: string }>(
				`DESCRIBE SELECT * FROM ${data.from(name)}`
			);
			const described = columns
				.map((column) => `${column.column_name} ${column.column_type}`)
				.join(', ');
			expect(described).toBe(EXPECTED_COLUMNS[name]);
			expect(described).not.toMatch(/DECIMAL|BIGINT|HUGEINT/);
		}
	);
});
