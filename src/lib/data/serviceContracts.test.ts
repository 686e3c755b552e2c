import { describe, expect, it } from 'vitest';
import { parseCatalogue, parseOffers, parseWorkforce, type RawRecord } from './serviceContracts';

const catalogueRecord = (over: RawRecord = {}): RawRecord => ({
	service_code: 'ring_pessary',
	label: 'Ring pessary fitting and removal',
	short_label: 'ring pessary care',
	scope: 'national_core',
	phase: '1',
	parent_service_code: null,
	age_band_from: '45-54',
	age_band_to: '65+',
	source: 'Eight core services',
	...over
});

const KNOWN = {
	services: new Set(['ring_pessary', 'menopause']),
	pcns: new Set(['U1', 'U2']),
	practices: new Set(['F81001'])
};

const offerRecord = (over: RawRecord = {}): RawRecord => ({
	pcn_code: 'U1',
	site_code: 'F81001',
	service_code: 'ring_pessary',
	level: 'clinical_in_person',
	start_date: '2024-07-01',
	provider: 'Primary care network',
	clinician_types: 'GP; practice nurse',
	...over
});

describe('service catalogue contract', () => {
	it('reads a valid row into typed values', () => {
		expect(parseCatalogue('service_catalogue.csv', [catalogueRecord()])[0]).toMatchObject({
			phase: 1,
			parent_service_code: null
		});
	});

	it('names file, row and column of an unknown parent service', () => {
		expect(() =>
			parseCatalogue('service_catalogue.csv', [
				catalogueRecord(),
				catalogueRecord({ service_code: 'larc_gynaecological', parent_service_code: 'menstrual' })
			])
		).toThrow(
			'service_catalogue.csv row 3, column parent_service_code: "menstrual" is not a service in the catalogue'
		);
	});

	it('rejects a phase that is not 1 or 2, and a repeated code', () => {
		expect(() => parseCatalogue('c.csv', [catalogueRecord({ phase: '3' })])).toThrow(
			/^c\.csv row 2, column phase: "3" /
		);
		expect(() => parseCatalogue('c.csv', [catalogueRecord(), catalogueRecord()])).toThrow(
			'c.csv row 3, column service_code: repeats row 2'
		);
	});

	it('rejects an age band that ends before it starts', () => {
		expect(() =>
			parseCatalogue('c.csv', [catalogueRecord({ age_band_from: '65+', age_band_to: '15-24' })])
		).toThrow('c.csv row 2, column age_band_to: "15-24" is below age_band_from');
	});
});

describe('service offer contract', () => {
	it('rejects an unknown service code, naming file, row and column', () => {
		expect(() =>
			parseOffers(
				'service_offers.csv',
				[offerRecord(), offerRecord({ service_code: 'pessaries', start_date: '2024-08-01' })],
				KNOWN
			)
		).toThrow(
			'service_offers.csv row 3, column service_code: "pessaries" is not a service in the catalogue'
		);
	});

	it('rejects an unknown PCN and an unknown practice (site)', () => {
		expect(() => parseOffers('o.csv', [offerRecord({ pcn_code: 'U9' })], KNOWN)).toThrow(
			'o.csv row 2, column pcn_code: "U9" is not a PCN of the ICB'
		);
		expect(() => parseOffers('o.csv', [offerRecord({ site_code: 'F99999' })], KNOWN)).toThrow(
			'o.csv row 2, column site_code: "F99999" is not a practice of the ICB'
		);
	});

	it('rejects an unknown level and a date that is not a date', () => {
		expect(() => parseOffers('o.csv', [offerRecord({ level: 'in_person' })], KNOWN)).toThrow(
			/^o\.csv row 2, column level: "in_person" /
		);
		expect(() => parseOffers('o.csv', [offerRecord({ start_date: '2024-13-45' })], KNOWN)).toThrow(
			'o.csv row 2, column start_date: "2024-13-45" is not a real date'
		);
	});

	it('allows an offer with no site (virtual or PCN-wide) and rejects two rows for one change', () => {
		expect(parseOffers('o.csv', [offerRecord({ site_code: null })], KNOWN)).toHaveLength(1);
		expect(() => parseOffers('o.csv', [offerRecord(), offerRecord()], KNOWN)).toThrow(
			'o.csv row 3, column pcn_code, service_code, start_date: repeats row 2'
		);
	});
});

describe('workforce contract', () => {
	const record = (over: RawRecord = {}): RawRecord => ({
		month: '2024-07-01',
		pcn_code: 'U1',
		skill: 'menopause',
		clinicians_current: '3',
		completions: '1',
		planned_completions: '2',
		...over
	});

	it('reads counts as numbers and rejects an unknown PCN or a negative count', () => {
		expect(parseWorkforce('w.csv', [record()], KNOWN)[0].clinicians_current).toBe(3);
		expect(() => parseWorkforce('w.csv', [record({ pcn_code: 'X' })], KNOWN)).toThrow(
			'w.csv row 2, column pcn_code: "X" is not a PCN of the ICB'
		);
		expect(() => parseWorkforce('w.csv', [record({ completions: '-1' })], KNOWN)).toThrow(
			/^w\.csv row 2, column completions: "-1" must be a whole number/
		);
	});
});
