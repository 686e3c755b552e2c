import { describe, expect, it } from 'vitest';
import {
	deprivationDownload,
	deprivationSummary,
	inequalityByReason,
	quintileRates,
	slopeIndex,
	yearsIn
} from './deprivation';
import { rateAgesByReason } from '$lib/queries/larcRateAges';
import { pheRate } from '$lib/stats/confidenceIntervals';
import type { DeprivationRow } from '$lib/queries/larcDeprivation';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

describe('deprivation rates', () => {
	it('turns requests into rates per 1,000 women a year with PHE intervals', () => {
		expect(yearsIn(YEAR)).toBeCloseTo(365 / 365.25, 12);
		const [q1] = quintileRates(
			[{ imd_quintile: 1, reason: 'gynaecological', requests: 65, women: 10_000 }],
			'gynaecological',
			YEAR
		);
		const expected = pheRate(65, 10_000 * yearsIn(YEAR), { multiplier: 1000 });
		expect(q1).toEqual({
			quintile: 1,
			requests: 65,
			women: 10_000,
			rate: expected.value,
			lower: expected.lower,
			upper: expected.upper
		});
		expect(q1.rate).toBeCloseTo((65 / (10_000 * yearsIn(YEAR))) * 1000, 12);
	});

	it('finds a negative slope when the most deprived areas have the most requests', () => {
		const rows: DeprivationRow[] = [200, 170, 140, 110, 80].map((requests, i) => ({
			imd_quintile: i + 1,
			reason: 'gynaecological',
			requests,
			women: 10_000
		}));
		const index = slopeIndex(quintileRates(rows, 'gynaecological', YEAR));
		// Requests fall by 30 per quintile; quintile midpoints are 0.2 apart: a slope of −150 requests.
		expect(index?.sii).toBeCloseTo((-150 * 1000) / (10_000 * yearsIn(YEAR)), 9);
		expect(index!.siiLower).toBeLessThan(index!.sii);
		expect(index!.siiUpper).toBeGreaterThan(index!.sii);
		expect(slopeIndex(quintileRates(rows.slice(0, 4), 'gynaecological', YEAR))).toBeNull();
	});

	it("states each reason's ages in the summary, or the chosen band", () => {
		// Gynaecological requests fall by 30 a quintile among 10,000 women over one year: an SII of
		// −150 per 10,000 women a year (as above); contraceptive requests are level (SII 0).
		const rows: DeprivationRow[] = [200, 170, 140, 110, 80].flatMap((requests, i) => [
			{ imd_quintile: i + 1, reason: 'gynaecological', requests, women: 10_000 },
			{ imd_quintile: i + 1, reason: 'contraceptive', requests: 100, women: 10_000 }
		]);
		const byReason = inequalityByReason(rows, YEAR);
		const gap = ((150 * 1000) / (10_000 * yearsIn(YEAR))).toFixed(1);
		const all = deprivationSummary(byReason, rateAgesByReason(), 'Thurrock', YEAR);
		expect(all).toMatch(
			new RegExp(
				`^Synthetic demonstration data: the generator sets LARC requests lower in more deprived areas .*not a finding about patients\\. In Thurrock, January 2025 to December 2025: gynaecological requests: ${gap} more a year per 1,000 women aged 15–64 at the most deprived end`
			)
		);
		expect(all).toMatch(
			/; contraceptive requests: 0\.0 (more|fewer) a year per 1,000 women aged 15–54 at/
		);
		const band = deprivationSummary(byReason, rateAgesByReason('25-34'), 'Thurrock', YEAR);
		expect(band.match(/per 1,000 women aged 25–34/g)).toHaveLength(2);
		expect(band).not.toMatch(/15–/);
	});
});

describe('the deprivation download', () => {
	it("names each reason's ages and the area chosen, with counts under disclosure control", () => {
		// One quintile each, 10,000 women over 2025 (365 / 365.25 years). Gynaecological: 200
		// requests → 200 / 9,993.2 × 1,000 = 20.01, Byar's 95% CI 17.34 to 22.99. Contraceptive: 3
		// requests, withheld, and so are its rate (0.30 × 9.9932 would give the 3 back) and interval.
		const rows: DeprivationRow[] = [
			{ imd_quintile: 1, reason: 'gynaecological', requests: 200, women: 10_000 },
			{ imd_quintile: 1, reason: 'contraceptive', requests: 3, women: 10_000 }
		];
		const download = deprivationDownload(
			inequalityByReason(rows, YEAR),
			rateAgesByReason(),
			'Thurrock',
			YEAR
		);
		expect(download.fileName).toBe('larc-requests-by-deprivation_thurrock_2025-01-to-2025-12.csv');
		expect(download.metadata.title).toBe(
			'LARC requests per 1,000 women a year by IMD 2025 national quintile (gynaecological: ' +
				'15–64; contraceptive: 15–54), Thurrock'
		);
		const records = download.rows.map((cells) =>
			Object.fromEntries(download.header.map((h, i) => [h, cells[i]]))
		);
		expect(records).toEqual([
			expect.objectContaining({
				selected_area: 'Thurrock',
				period: 'January 2025 to December 2025',
				data_kind: 'synthetic demonstration data',
				reason: 'gynaecological',
				ages: '15–64',
				imd_2025_quintile: '1',
				requests: '200',
				women_modelled: 10_000,
				rate_per_1000_women_a_year: 20,
				lower_95: 17.3,
				upper_95: 23
			}),
			expect.objectContaining({
				reason: 'contraceptive',
				ages: '15–54',
				requests: '*',
				rate_per_1000_women_a_year: '*',
				lower_95: '*',
				upper_95: '*'
			})
		]);
		expect(download.header).not.toContain('locality');
	});
});
