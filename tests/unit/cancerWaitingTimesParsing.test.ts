/**
 * Cancer Waiting Times cells as published, from a small hand-written CSV in the layout of the
 * July 2024 sheets: quoted thousands separators, blanks and '-' are "not published" (null, never
 * 0), and a marker the build does not know stops it rather than becoming a number.
 */
import { describe, expect, it } from 'vitest';
import { cancerWaitingTimesTable, parseCwtCount } from '../../scripts/data/cancerWaitingTimes';
import type { CwtRecord } from '../../scripts/data/cancerWaitingTimesSpec';
import { parseCsv } from '../support/rawCsv';

const SHEET = `part,ODS CODE (1),INTEGRATED CARE BOARD (ICB)/COMMISSIONING HUB,SUSPECTED TYPE OF CANCER,TOTAL,WITHIN 14 DAYS
,QH8,NHS MID AND SOUTH ESSEX INTEGRATED CARE BOARD,Suspected breast cancer,"1,214",659
,QH8,NHS MID AND SOUTH ESSEX INTEGRATED CARE BOARD,Suspected gynaecological cancer, 547 ,-
,QH8,NHS MID AND SOUTH ESSEX INTEGRATED CARE BOARD,Suspected sarcoma,,0
,QH8,NHS MID AND SOUTH ESSEX INTEGRATED CARE BOARD,Suspected other cancer,*,1
`;

describe('CWT counts from a hand-written sheet', () => {
	const [header, ...rows] = parseCsv(SHEET);
	const cell = (row: number, name: string) => rows[row][header.indexOf(name)];

	it('reads thousands separators and spaces, and keeps blanks and "-" as not published', () => {
		expect(parseCwtCount(cell(0, 'TOTAL'))).toBe(1214);
		expect(parseCwtCount(cell(0, 'WITHIN 14 DAYS'))).toBe(659);
		expect(parseCwtCount(cell(1, 'TOTAL'))).toBe(547);
		expect(parseCwtCount(cell(1, 'WITHIN 14 DAYS'))).toBeNull();
		expect(parseCwtCount(cell(2, 'TOTAL'))).toBeNull();
		expect(parseCwtCount(cell(2, 'WITHIN 14 DAYS'))).toBe(0);
		expect(parseCwtCount(undefined)).toBeNull();
	});

	it('stops on a suppression marker it has not been told about', () => {
		expect(() => parseCwtCount(cell(3, 'TOTAL'))).toThrow(/Not a count/);
	});

	it('writes a not-published count as NULL in the table, not 0', () => {
		const record: CwtRecord = {
			period: 19905,
			org_code: 'QH8',
			org_name: 'NHS MID AND SOUTH ESSEX INTEGRATED CARE BOARD',
			org_level: 'ICB',
			standard: 'usc_first_appointment',
			threshold_days: 14,
			referral_route: 'urgent_suspected_cancer',
			cancer_type: 'Suspected sarcoma',
			treatment_stage: null,
			treatment_modality: null,
			total: parseCwtCount(cell(2, 'TOTAL')),
			within_standard: parseCwtCount(cell(2, 'WITHIN 14 DAYS')),
			after_standard: null,
			source_file: 'hand-written'
		};
		const table = cancerWaitingTimesTable([record]);
		const value = (name: string) => table.columns.find((c) => c.name === name)!.value(0);
		expect(value('total')).toBeNull();
		expect(value('within_standard')).toBe(0);
	});
});
