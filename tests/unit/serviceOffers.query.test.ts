/**
 * Service offer queries on DuckDB-WASM against a hand-made offer table, answers worked out by hand.
 * Three core services (menstrual problems, menopause, ring pessary), one part of a core service
 * (gynaecological LARC, within menstrual problems) and one local service; three PCNs, two in
 * Thurrock and one in Mid Essex. As at 28 February 2025, so the March 2025 row is not yet in effect.
 * The hubs count a PCN's offers from the day it joined the hub pathway (U2 on 1 October 2024).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { inPersonSitesForService } from '$lib/queries/inPersonSites';
import {
	hubMilestones,
	serviceCatalogue,
	serviceCoverage,
	serviceLevelsAsAt
} from '$lib/queries/serviceOffers';
import { trainingAgainstPlan, workforceByPcn } from '$lib/queries/workforce';
import { serviceGaps } from '$lib/topics/services/gaps';
import { openHandMadeDatabase } from '../support/handMadeTables';

const AS_AT = '2025-02-28';
let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		hubs: `SELECT locality, pcn_code, pcn_start_date::DATE AS pcn_start_date FROM (VALUES
				('Thurrock', 'U1', '2024-06-15'), ('Thurrock', 'U2', '2024-10-01'), ('Mid Essex', 'U3', '2024-06-01')
			) t(locality, pcn_code, pcn_start_date)`,
		pcns: `SELECT * FROM (VALUES ('U1', 'Alpha PCN', 'Thurrock'), ('U2', 'Beta PCN', 'Thurrock'),
			('U3', 'Gamma PCN', 'Mid Essex')) t(pcn_code, pcn_name, locality)`,
		practices: `SELECT practice_code, practice_name, pcn_code, locality, lat::DOUBLE AS lat, lon::DOUBLE AS lon
			FROM (VALUES ('P1', 'One Surgery', 'U1', 'Thurrock', 51.5, 0.3), ('P1B', 'One B Surgery', 'U1', 'Thurrock', 51.5, 0.3),
				('P2A', 'Two A Surgery', 'U2', 'Thurrock', 51.5, 0.4), ('P2B', 'Two B Surgery', 'U2', 'Thurrock', 51.5, 0.4),
				('P3', 'Three Surgery', 'U3', 'Mid Essex', 51.7, 0.5))
			t(practice_code, practice_name, pcn_code, locality, lat, lon)`,
		service_catalogue: `SELECT service_code, display_order::INTEGER AS display_order, label, short_label, scope,
				phase::INTEGER AS phase, parent_service_code, age_band_from, age_band_to
			FROM (VALUES
				('menstrual_problems', 1, 'Menstrual problems', 'menstrual problems care', 'national_core', 2, NULL, '15-24', '45-54'),
				('menopause', 2, 'Menopause', 'menopause care', 'national_core', 2, NULL, '45-54', '55-64'),
				('ring_pessary', 3, 'Ring pessary', 'ring pessary care', 'national_core', 1, NULL, '45-54', '65+'),
				('larc_gynaecological', 4, 'Gynaecological LARC', 'gynaecological LARC', 'national_core', 1, 'menstrual_problems', '35-44', '45-54'),
				('pelvic_floor', 5, 'Pelvic floor', 'pelvic floor care', 'local', 2, NULL, '15-24', '65+')
			) t(service_code, display_order, label, short_label, scope, phase, parent_service_code, age_band_from, age_band_to)`,
		// Women by PCN and age band: U1 100/100/100/200/100/300, U2 50 in each band, U3 10 in each.
		population_female_pcn: `SELECT pcn_code, age_band, women::DOUBLE AS women FROM (VALUES
				('U1', '15-24', 100), ('U1', '25-34', 100), ('U1', '35-44', 100), ('U1', '45-54', 200), ('U1', '55-64', 100), ('U1', '65+', 300),
				('U2', '15-24', 50), ('U2', '25-34', 50), ('U2', '35-44', 50), ('U2', '45-54', 50), ('U2', '55-64', 50), ('U2', '65+', 50),
				('U3', '15-24', 10), ('U3', '25-34', 10), ('U3', '35-44', 10), ('U3', '45-54', 10), ('U3', '55-64', 10), ('U3', '65+', 10)
			) t(pcn_code, age_band, women)`,
		service_offers: `SELECT pcn_code, site_code, service_code, level, start_date::DATE AS start_date,
				'Hub' AS provider, 'GP' AS clinician_types
			FROM (VALUES
				('U1', NULL, 'ring_pessary', 'advice_triage', '2024-05-01'),
				('U1', 'P1', 'ring_pessary', 'clinical_in_person', '2024-07-01'),
				('U1', NULL, 'menstrual_problems', 'clinical_virtual', '2024-07-01'),
				('U1', 'P1', 'larc_gynaecological', 'clinical_in_person', '2024-07-01'),
				('U2', NULL, 'menopause', 'advice_triage', '2024-09-01'),
				('U2', NULL, 'menstrual_problems', 'advice_triage', '2024-08-01'),
				('U2', NULL, 'ring_pessary', 'clinical_in_person', '2024-10-01'),
				('U3', 'P3', 'menopause', 'clinical_in_person', '2024-06-01'),
				('U3', NULL, 'menopause', 'not_offered', '2025-01-01'),
				('U1', 'P1', 'menstrual_problems', 'clinical_in_person', '2025-02-01'),
				('U3', 'P3', 'ring_pessary', 'clinical_in_person', '2025-03-01')
			) t(pcn_code, site_code, service_code, level, start_date)`,
		workforce: `SELECT month::DATE AS month, pcn_code, skill, current::INTEGER AS clinicians_current,
				done::INTEGER AS completions, plan::INTEGER AS planned_completions
			FROM (VALUES
				('2025-01-01', 'U1', 'larc_fitting', 3, 1, 1), ('2025-01-01', 'U1', 'menopause', 2, 0, 1),
				('2025-01-01', 'U3', 'menopause', 1, 1, 2),
				('2025-02-01', 'U1', 'larc_fitting', 4, 1, 1), ('2025-02-01', 'U1', 'menopause', 3, 1, 1),
				('2025-02-01', 'U3', 'menopause', 1, 0, 2)
			) t(month, pcn_code, skill, current, done, plan)`
	});
});

afterAll(async () => {
	await db.close();
});

describe('service levels on a date', () => {
	it('takes the latest row on or before the date; no row, or a withdrawal, is not offered', async () => {
		const rows = await serviceLevelsAsAt(db, { asAt: AS_AT });
		expect(rows).toHaveLength(15);
		const level = (pcn: string, service: string) =>
			rows.find((r) => r.pcn_code === pcn && r.service_code === service)!;
		expect(level('U1', 'menstrual_problems')).toMatchObject({
			level: 'clinical_in_person',
			start_date: '2025-02-01',
			site_code: 'P1'
		});
		expect(level('U3', 'menopause')).toMatchObject({ level: 'not_offered', start_date: null });
		// The March row is after the date.
		expect(level('U3', 'ring_pessary').level).toBe('not_offered');
		expect(level('U2', 'pelvic_floor').level).toBe('not_offered');
		expect(rows[0]).toMatchObject({ locality: 'Mid Essex', pcn_name: 'Gamma PCN' });
	});

	it('reads the catalogue in its display order', async () => {
		expect((await serviceCatalogue(db)).map((r) => r.service_code)).toEqual([
			'menstrual_problems',
			'menopause',
			'ring_pessary',
			'larc_gynaecological',
			'pelvic_floor'
		]);
	});
});

describe('coverage', () => {
	it('counts PCNs by level and the women of the service’s ages they serve', async () => {
		const rows = await serviceCoverage(db, { asAt: AS_AT });
		const of = (service: string) => rows.find((r) => r.service_code === service)!;
		// Ring pessary, women 45+: U1 600, U2 150, U3 30 = 780; in person U1 and U2 = 750.
		expect(of('ring_pessary')).toEqual({
			service_code: 'ring_pessary',
			pcns: 3,
			pcns_triage: 2,
			pcns_clinical: 2,
			pcns_in_person: 2,
			women: 780,
			women_in_person: 750
		});
		// Menstrual problems, women 15–54: 500 + 200 + 40 = 740; in person U1 only (500).
		expect(of('menstrual_problems')).toMatchObject({
			pcns_triage: 2,
			pcns_clinical: 1,
			pcns_in_person: 1,
			women: 740,
			women_in_person: 500
		});
		// Menopause, women 45–64: 300 + 100 + 20; U2 triages, U3 withdrew.
		expect(of('menopause')).toMatchObject({
			pcns_triage: 1,
			pcns_clinical: 0,
			pcns_in_person: 0,
			women: 420,
			women_in_person: 0
		});
	});

	it('covers only the chosen locality', async () => {
		const rows = await serviceCoverage(db, { asAt: AS_AT, locality: 'Thurrock' });
		expect(rows.find((r) => r.service_code === 'ring_pessary')).toMatchObject({
			pcns: 2,
			pcns_in_person: 2,
			women: 750,
			women_in_person: 750
		});
	});
});

describe('gap list', () => {
	it('names the PCNs of each locality with no in-person phase-one service', async () => {
		const [levels, catalogue] = await Promise.all([
			serviceLevelsAsAt(db, { asAt: AS_AT }),
			serviceCatalogue(db)
		]);
		const gaps = serviceGaps(levels, catalogue);
		// Gynaecological LARC: U2 (Thurrock) and U3 (Mid Essex) lack it; ring pessary: U3.
		expect(gaps.map((g) => g.sentence)).toEqual([
			'1 PCN in Mid Essex has no in-person ring pessary care (Gamma PCN).',
			'1 PCN in Mid Essex has no in-person gynaecological LARC (Gamma PCN).',
			'1 PCN in Thurrock has no in-person gynaecological LARC (Beta PCN).'
		]);
	});
});

describe('milestones', () => {
	it('dates the first day each hub met each minimum requirement', async () => {
		const rows = await hubMilestones(db, { asAt: AS_AT });
		expect(rows).toEqual([
			// Mid Essex: one core service in person in June 2024, withdrawn in January; never two.
			{
				locality: 'Mid Essex',
				clinical_two_core: null,
				all_core_triaged: null,
				in_person_two_core: null
			},
			// Thurrock: ring pessary in person and menstrual problems virtually on 1 July 2024; the
			// third core service triaged by U2 from 1 September 2024, but U2 joins the hub only on
			// 1 October 2024; a second core service in person on 1 February 2025.
			{
				locality: 'Thurrock',
				clinical_two_core: '2024-07-01',
				all_core_triaged: '2024-10-01',
				in_person_two_core: '2025-02-01'
			},
			// The ICB: the first hub to meet each.
			{
				locality: null,
				clinical_two_core: '2024-07-01',
				all_core_triaged: '2024-10-01',
				in_person_two_core: '2025-02-01'
			}
		]);
	});

	it('does not count a requirement met after the date', async () => {
		const rows = await hubMilestones(db, { asAt: '2024-12-31' });
		expect(rows.find((r) => r.locality === null)?.in_person_two_core).toBeNull();
	});
});

describe('in-person sites for a service', () => {
	it('lists the site of each in-person offer, or every practice of the PCN when none is named', async () => {
		expect(await inPersonSitesForService(db, { service: 'ring_pessary', asAt: AS_AT })).toEqual([
			{
				pcn_code: 'U1',
				site_code: 'P1',
				site_name: 'One Surgery',
				locality: 'Thurrock',
				lat: 51.5,
				lon: 0.3,
				start_date: '2024-07-01'
			},
			expect.objectContaining({ pcn_code: 'U2', site_code: 'P2A', start_date: '2024-10-01' }),
			expect.objectContaining({ pcn_code: 'U2', site_code: 'P2B', start_date: '2024-10-01' })
		]);
		const later = await inPersonSitesForService(db, {
			service: 'ring_pessary',
			asAt: '2025-03-31'
		});
		expect(later.map((r) => r.site_code)).toEqual(['P1', 'P2A', 'P2B', 'P3']);
	});
});

describe('workforce', () => {
	it('gives clinicians at the month’s end with the women of the skill’s ages', async () => {
		expect(await workforceByPcn(db, { month: '2025-02-01' })).toEqual([
			{
				pcn_code: 'U3',
				pcn_name: 'Gamma PCN',
				locality: 'Mid Essex',
				skill: 'menopause',
				clinicians_current: 1,
				women: 20
			},
			// LARC fitting serves women 15–64: 100 + 100 + 100 + 200 + 100.
			expect.objectContaining({
				pcn_code: 'U1',
				skill: 'larc_fitting',
				clinicians_current: 4,
				women: 600
			}),
			expect.objectContaining({
				pcn_code: 'U1',
				skill: 'menopause',
				clinicians_current: 3,
				women: 300
			})
		]);
	});

	it('sums completions and the plan by month for the area', async () => {
		const rows = await trainingAgainstPlan(db, { month: '2025-02-01', locality: null });
		expect(rows.filter((r) => r.skill === 'menopause')).toEqual([
			{ month: '2025-01-01', skill: 'menopause', completions: 1, planned_completions: 3 },
			{ month: '2025-02-01', skill: 'menopause', completions: 1, planned_completions: 3 }
		]);
		const thurrock = await trainingAgainstPlan(db, { month: '2025-01-01', locality: 'Thurrock' });
		expect(thurrock).toEqual([
			{ month: '2025-01-01', skill: 'larc_fitting', completions: 1, planned_completions: 1 },
			{ month: '2025-01-01', skill: 'menopause', completions: 0, planned_completions: 1 }
		]);
	});
});
