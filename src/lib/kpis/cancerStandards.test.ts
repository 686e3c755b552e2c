import { describe, expect, it } from 'vitest';
import {
	SIXTY_TWO_DAY_CONSTITUTIONAL,
	fasterDiagnosisStandard,
	sixtyTwoDayInterim
} from './cancerStandards';

describe('cancer standards in force', () => {
	it('gives the Faster Diagnosis Standard of each month', () => {
		expect(fasterDiagnosisStandard('2021-07-01').threshold).toBeNull();
		expect(fasterDiagnosisStandard('2021-10-01').threshold).toBe(0.75);
		expect(fasterDiagnosisStandard('2024-03-01').threshold).toBe(0.75);
		// July 2024: 77 %, the 2024/25 ambition (reference-data README: "the 77 % FDS of that year").
		expect(fasterDiagnosisStandard('2024-07-01').threshold).toBe(0.77);
		expect(fasterDiagnosisStandard('2025-03-01').threshold).toBe(0.77);
		expect(fasterDiagnosisStandard('2025-04-01').threshold).toBe(0.8);
		expect(fasterDiagnosisStandard('2020-01-01')).toEqual({
			threshold: null,
			basis: 'no standard in force'
		});
	});

	it('gives the 62-day standard and its interim ambition', () => {
		expect(SIXTY_TWO_DAY_CONSTITUTIONAL.threshold).toBe(0.85);
		expect(sixtyTwoDayInterim('2023-07-01').threshold).toBeNull();
		expect(sixtyTwoDayInterim('2024-07-01').threshold).toBe(0.7);
		expect(sixtyTwoDayInterim('2025-07-01').threshold).toBe(0.75);
	});
});
