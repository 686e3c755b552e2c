import { describe, expect, it } from 'vitest';
import type { ServiceCatalogueRow, ServiceLevelRow } from '$lib/queries/serviceOffers';
import { listInWords, serviceGaps } from './gaps';

const service = (code: string, label: string, phase: number): ServiceCatalogueRow => ({
	service_code: code,
	display_order: phase,
	label,
	short_label: label,
	scope: 'national_core',
	phase,
	parent_service_code: null,
	age_band_from: '15-24',
	age_band_to: '65+'
});

const level = (pcn: string, locality: string, code: string, l: ServiceLevelRow['level']) =>
	({
		pcn_code: pcn,
		pcn_name: `${pcn} PCN`,
		locality,
		service_code: code,
		level: l,
		start_date: null,
		site_code: null,
		provider: null,
		clinician_types: null
	}) satisfies ServiceLevelRow;

describe('gap list', () => {
	it('counts and names the PCNs without an in-person phase-one service, per locality', () => {
		const catalogue = [
			service('larc_gynaecological', 'gynaecological LARC', 1),
			service('menopause', 'menopause care', 2)
		];
		const levels = [
			level('A', 'Thurrock', 'larc_gynaecological', 'clinical_virtual'),
			level('B', 'Thurrock', 'larc_gynaecological', 'not_offered'),
			level('C', 'Thurrock', 'larc_gynaecological', 'advice_triage'),
			level('D', 'Mid Essex', 'larc_gynaecological', 'clinical_in_person'),
			// Phase two: not a gap in the list.
			level('D', 'Mid Essex', 'menopause', 'not_offered')
		];
		expect(serviceGaps(levels, catalogue).map((g) => g.sentence)).toEqual([
			'3 PCNs in Thurrock have no in-person gynaecological LARC (A PCN, B PCN and C PCN).'
		]);
	});

	it('lists names in words', () => {
		expect(listInWords(['A'])).toBe('A');
		expect(listInWords(['A', 'B'])).toBe('A and B');
		expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
	});
});
