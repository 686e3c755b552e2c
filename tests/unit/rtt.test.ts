/** rtt_completed: parsing the published RTT files, and the built table against their totals. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	listRttFiles,
	parseCount,
	publishedTotals,
	readRttSheet,
	rttSourceFiles,
	type RttPublishedTotal,
	type RttSheet
} from '../../scripts/data/rtt';
import { openBuiltData, type BuiltData } from '../support/builtData';

/**
 * Where a per-month file's total is larger than its weekly bands: patients with an unknown clock
 * start date, who are in the total but in no band (the official extract publishes them: 19 in
 * X02 for September 2025). Every other row must add up exactly.
 */
const UNKNOWN_CLOCK_START: Record<string, number> = {
	'rtt_raj_completed_admitted_2025-09.csv|C_100': 1,
	'rtt_raj_completed_admitted_2025-09.csv|C_999': 1,
	'rtt_raj_completed_admitted_2025-11.csv|C_100': 1,
	'rtt_raj_completed_admitted_2025-11.csv|C_101': 1,
	'rtt_raj_completed_admitted_2025-11.csv|C_999': 2,
	'rtt_raj_completed_nonadmitted_2025-09_official.csv|X02': 19,
	'rtt_raj_completed_nonadmitted_2025-09_official.csv|C_999': 19,
	'rtt_raj_completed_nonadmitted_2025-11.csv|X02': 16,
	'rtt_raj_completed_nonadmitted_2025-11.csv|C_999': 16
};

let data: BuiltData;
let sheets: RttSheet[];
let totals: RttPublishedTotal[];
beforeAll(async () => {
	data = await openBuiltData();
	sheets = await Promise.all(listRttFiles().map((file) => readRttSheet(data.connection, file)));
	totals = sheets.flatMap(publishedTotals);
});

describe('reading the RTT files', () => {
	it('reads counts with spaces, thousands separators and "-" (none)', () => {
		expect(parseCount(' 1,119')).toBe(1119);
		expect(parseCount('-')).toBe(0);
		expect(parseCount(' ')).toBeNull();
		expect(() => parseCount('8.1')).toThrow();
	});

	it('finds 105 weekly bands in every file and the total by its values', () => {
		for (const sheet of sheets) expect(sheet.bands).toHaveLength(105);
		const misaligned = sheets
			.filter((sheet) => sheet.headerMisaligned)
			.map((sheet) => sheet.source.file);
		expect(misaligned).toEqual([
			'rtt_raj_completed_admitted_2025-10.csv',
			'rtt_raj_completed_admitted_2025-11.csv',
			'rtt_raj_completed_nonadmitted_2025-10.csv'
		]);
	});

	it('uses the per-month files, and the official extract only for the month it alone covers', () => {
		expect(rttSourceFiles().map((source) => source.file)).toEqual([
			'rtt_raj_completed_admitted_2025-09.csv',
			'rtt_raj_completed_admitted_2025-10.csv',
			'rtt_raj_completed_admitted_2025-11.csv',
			'rtt_raj_completed_nonadmitted_2025-09_official.csv',
			'rtt_raj_completed_nonadmitted_2025-10.csv',
			'rtt_raj_completed_nonadmitted_2025-11.csv'
		]);
		const duplicate = {
			file: 'x_official.csv',
			pathway: 'admitted',
			month: '2025-09',
			official: true
		} as const;
		const files = [...listRttFiles(), duplicate];
		expect(rttSourceFiles(files).map((source) => source.file)).not.toContain('x_official.csv');
	});

	it('has weekly bands that add up to the published totals (bar unknown clock starts)', () => {
		expect(totals).toHaveLength(6 * 24);
		for (const total of totals) {
			const key = `${total.source_file}|${total.treatment_function_code}`;
			expect(total.completed_all - total.band_sum, key).toBe(UNKNOWN_CLOCK_START[key] ?? 0);
			if (total.completed_known_clock_start !== null) {
				expect(total.band_sum, key).toBe(total.completed_known_clock_start);
			}
		}
	});

	it('has a C_999 Total row equal to the sum of the treatment functions in every band', () => {
		for (const file of new Set(totals.map((total) => total.source_file))) {
			const rows = totals.filter((total) => total.source_file === file);
			const totalRow = rows.find((total) => total.treatment_function_code === 'C_999')!;
			const summed = totalRow.bands.map((_, band) =>
				rows
					.filter((total) => total.treatment_function_code !== 'C_999')
					.reduce((sum, total) => sum + (total.bands[band] ?? 0), 0)
			);
			expect(summed, file).toEqual(totalRow.bands);
		}
	});
});

describe('rtt_completed as built', () => {
	it('sums, by file and treatment function, to the published bands total', async () => {
		const built = await data.rows<{ source_file: string; code: string; patients: number }>(
			`SELECT source_file, treatment_function_code AS code, CAST(sum(patients) AS INTEGER) AS patients
			FROM ${data.from('rtt_completed')} GROUP BY ALL`
		);
		expect(built).toHaveLength(6 * 23);
		for (const row of built) {
			const published = totals.find(
				(total) =>
					total.source_file === row.source_file && total.treatment_function_code === row.code
			)!;
			expect(row.patients, `${row.source_file} ${row.code}`).toBe(published.band_sum);
		}
	});

	it('keeps only the weekly bands, from >0-1 to the open 104-plus band, with no Total row', async () => {
		const [row] = await data.rows<Record<string, number>>(
			`SELECT CAST(count(*) AS INTEGER) AS rows,
				CAST(count(DISTINCT weeks_from) AS INTEGER) AS bands,
				CAST(max(weeks_from) AS INTEGER) AS top,
				CAST(count(*) FILTER (WHERE weeks_to IS NULL) AS INTEGER) AS open_bands,
				CAST(count(*) FILTER (WHERE weeks_to IS NOT NULL AND weeks_to <> weeks_from + 1) AS INTEGER) AS odd,
				CAST(count(*) FILTER (WHERE treatment_function_code = 'C_999') AS INTEGER) AS total_rows,
				CAST(count(*) FILTER (WHERE patients IS NULL) AS INTEGER) AS nulls
			FROM ${data.from('rtt_completed')}`
		);
		expect(row).toEqual({
			rows: 6 * 23 * 105,
			bands: 105,
			top: 104,
			open_bands: 6 * 23,
			odd: 0,
			total_rows: 0,
			nulls: 0
		});
	});

	it('has gynaecology (C_502) for both pathways in all three months', async () => {
		const rows = await data.rows<{ period: Date; pathway: string; patients: number }>(
			`SELECT period, pathway, CAST(sum(patients) AS INTEGER) AS patients
			FROM ${data.from('rtt_completed')} WHERE treatment_function_code = 'C_502'
			GROUP BY ALL ORDER BY pathway, period`
		);
		expect(rows.map((row) => row.patients)).toEqual([223, 230, 189, 1658, 2005, 1806]);
	});
});
