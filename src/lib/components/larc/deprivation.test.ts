import { describe, expect, it } from 'vitest';
import { quintileRates, slopeIndex, yearsIn } from './deprivation';
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
});
