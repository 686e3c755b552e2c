import { describe, expect, it } from 'vitest';
import { CWT_MEASURES, type CwtPerformanceRow } from '$lib/queries/cancerStandards';
import {
	FDS_STANDARDS,
	SIXTY_TWO_DAY_STANDARDS,
	performanceRows,
	summarisePerformance,
	verdict
} from './cancerPerformance';

const row = (period: string, total: number | null, within: number | null): CwtPerformanceRow => ({
	period,
	referral_route: 'urgent_suspected_cancer',
	org_level: 'ICB',
	organisations: 1,
	total,
	within_standard: within
});

describe('performanceRows', () => {
	const [gynaeUsc] = CWT_MEASURES.faster_diagnosis_28d.gynaecological;

	it('judges July 2024 gynaecology FDS against the 75% standard, naming the 77% ambition apart', () => {
		const [july] = performanceRows(gynaeUsc, [row('2024-07-01', 614, 361)], FDS_STANDARDS);
		// Wilson 95% by hand: (x + z²/2 ± z√(x(n−x)/n + z²/4)) / (n + z²) = 0.54859 to 0.62622.
		expect(july.value).toBeCloseTo(0.587948, 6);
		expect(july.lower).toBeCloseTo(0.548586, 6);
		expect(july.upper).toBeCloseTo(0.626216, 6);
		// The operational standard in July 2024 was 75 %; 77 % was the ambition for March 2025.
		expect(july.standards.map((s) => [s.key, s.threshold])).toEqual([
			['standard', 0.75],
			['ambition', 0.77]
		]);
		// Upper limit 62.6 % < 75 %.
		expect(july.verdict).toBe('Below the 75% standard; the 95% interval lies wholly below it');
		expect(july.route).toBe('Urgent suspected cancer');
		expect(summarisePerformance([july], 'were told within 28 days')).toBe(
			'July 2024, suspected gynaecological cancer, urgent suspected cancer route: 361 of 614 ' +
				'patients were told within 28 days (58.8%, 95% CI 54.9% to 62.6%). ' +
				'Below the 75% standard; the 95% interval lies wholly below it. ' +
				'The planning ambition that year was 77% by March 2025.'
		);
	});

	it('says "not published" rather than showing 0, and names summed CCGs', () => {
		const [missing] = performanceRows(gynaeUsc, [row('2024-07-01', null, 5)], FDS_STANDARDS);
		expect([missing.value, missing.lower, missing.verdict]).toEqual([null, null, 'Not published']);
		const ccg = performanceRows(
			gynaeUsc,
			[{ ...row('2021-07-01', 100, 80), org_level: 'CCG', organisations: 5 }],
			FDS_STANDARDS
		)[0];
		expect(ccg.organisation).toBe('Sum of the 5 former CCGs (now the ICB)');
		// July 2021: the FDS was not yet a standard.
		expect(ccg.verdict).toBe('No standard in force');
	});

	it('sets the 62-day figures against the 85% standard and the interim ambition', () => {
		const [gynae62] = CWT_MEASURES.treatment_62d.gynaecological;
		const [r] = performanceRows(gynae62, [row('2024-07-01', 20, 5)], SIXTY_TWO_DAY_STANDARDS);
		expect(r.standards.map((s) => s.threshold)).toEqual([0.85, 0.7]);
		// 5/20: Wilson 0.1119 to 0.4687.
		expect(r.lower).toBeCloseTo(0.111862, 5);
		expect(r.upper).toBeCloseTo(0.468701, 5);
	});
});

describe('verdict', () => {
	it('distinguishes a miss within the interval from one outside it', () => {
		expect(verdict(0.74, 0.7, 0.78, 0.75)).toBe(
			'Below the 75% standard, but within the 95% interval'
		);
		expect(verdict(0.8, 0.76, 0.84, 0.75)).toBe(
			'Met the 75% standard; the 95% interval lies wholly above it'
		);
		expect(verdict(0.76, 0.72, 0.8, 0.75)).toBe('Met the 75% standard');
	});
});
