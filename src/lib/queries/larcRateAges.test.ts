import { describe, expect, it } from 'vitest';
import { rateAges, rateAgesByReason, rateAgesParams } from './larcRateAges';

describe('the ages a LARC rate covers', () => {
	it("is each reason's whole population when no band is chosen", () => {
		expect(rateAges('gynaecological')).toEqual({
			bands: ['15-24', '25-34', '35-44', '45-54', '55-64'],
			minAge: 15,
			maxAge: 64,
			label: '15–64'
		});
		expect(rateAges('contraceptive')).toMatchObject({ minAge: 15, maxAge: 54, label: '15–54' });
	});

	it('is the chosen band, for both reasons', () => {
		const ages = rateAgesByReason('25-34');
		expect(ages.ageBand).toBe('25-34');
		for (const reason of ['gynaecological', 'contraceptive'] as const) {
			expect(ages[reason]).toEqual({ bands: ['25-34'], minAge: 25, maxAge: 34, label: '25–34' });
		}
		expect(rateAges('contraceptive', '65+')).toEqual({
			bands: ['65+'],
			minAge: 65,
			maxAge: null,
			label: '65 and over'
		});
	});

	it('binds one list of bands per reason, gynaecological first', () => {
		expect(rateAgesParams()).toEqual([
			'[15-24,25-34,35-44,45-54,55-64]',
			'[15-24,25-34,35-44,45-54]'
		]);
		expect(rateAgesParams('45-54')).toEqual(['[45-54]', '[45-54]']);
	});
});
