import { describe, expect, it } from 'vitest';
import { describeStandards, standardsInForce, type DatedStandard } from './cancerStandards';

const values = (standard: 'faster_diagnosis_28d' | 'treatment_62d', month: string) => {
	const s = standardsInForce(standard, month);
	return [s.standard?.value ?? null, s.ambition?.value ?? null];
};

describe('standardsInForce', () => {
	it('gives the FDS operational standard and, separately, the ambition of the year', () => {
		// Reported from April 2021 but not a standard until October 2021.
		expect(values('faster_diagnosis_28d', '2021-07-01')).toEqual([null, null]);
		expect(values('faster_diagnosis_28d', '2021-10-01')).toEqual([0.75, null]);
		expect(values('faster_diagnosis_28d', '2023-07-01')).toEqual([0.75, 0.75]);
		// July 2024: judged against the 75 % standard; 77 % was the ambition for March 2025.
		expect(values('faster_diagnosis_28d', '2024-07-01')).toEqual([0.75, 0.77]);
		expect(values('faster_diagnosis_28d', '2025-03-31')).toEqual([0.75, 0.77]);
		expect(values('faster_diagnosis_28d', '2025-04-01')).toEqual([0.75, 0.8]);
		// No ambition is recorded beyond March 2026.
		expect(values('faster_diagnosis_28d', '2026-04-01')).toEqual([0.75, null]);
		expect(standardsInForce('faster_diagnosis_28d', '2024-07-01').ambition?.label).toBe(
			'FDS 77% ambition by March 2025'
		);
	});

	it('gives the long-standing 62-day standard and its interim ambitions', () => {
		expect(values('treatment_62d', '2021-07-01')).toEqual([0.85, null]);
		expect(values('treatment_62d', '2023-07-01')).toEqual([0.85, null]);
		expect(values('treatment_62d', '2024-07-01')).toEqual([0.85, 0.7]);
		expect(values('treatment_62d', '2025-07-01')).toEqual([0.85, 0.75]);
	});

	it('takes the latest row that has started, from a table it is given', () => {
		const row = (value: number, effectiveFrom: string): DatedStandard => ({
			standard: 'faster_diagnosis_28d',
			kind: 'operational_standard',
			value,
			effectiveFrom,
			dueBy: null,
			label: String(value),
			source: 'test'
		});
		const table = [row(0.9, '2022-01-01'), row(0.5, '2020-01-01')];
		expect(standardsInForce('faster_diagnosis_28d', '2021-12-31', table).standard?.value).toBe(0.5);
		expect(standardsInForce('faster_diagnosis_28d', '2022-01-15', table).standard?.value).toBe(0.9);
	});
});

describe('describeStandards', () => {
	it('words each row of the table for About text', () => {
		expect(describeStandards('faster_diagnosis_28d').ambitions.map((a) => a.slice(0, 19))).toEqual([
			'75% by March 2024 (',
			'77% by March 2025 (',
			'80% by March 2026 ('
		]);
		expect(describeStandards('treatment_62d').standards).toEqual([
			'85% throughout (NHS Constitution operational standard; kept by the cancer waiting times review of August 2023)'
		]);
		expect(describeStandards('faster_diagnosis_28d').standards[0]).toMatch(
			/^75% from October 2021 \(/
		);
	});
});
