import { describe, expect, it } from 'vitest';
import {
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
