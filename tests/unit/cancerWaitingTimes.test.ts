/** cancer_waiting_times as built, and the parsing of the published CWT files. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCwtCount, parseCwtPeriod } from '../../scripts/data/cancerWaitingTimes';
import { openBuiltData, type BuiltData } from '../support/builtData';

let data: BuiltData;
beforeAll(async () => {
	data = await openBuiltData();
});

describe('parsing', () => {
	it('reads financial-year periods as calendar months', () => {
		expect(parseCwtPeriod('PERIOD: JUL 2021/22')).toBe('2021-07-01');
		expect(parseCwtPeriod('PERIOD: JAN 2021/22')).toBe('2022-01-01');
		expect(() => parseCwtPeriod('JUL 2021')).toThrow();
	});

	it('keeps blanks as not published (null), never 0', () => {
		expect(parseCwtCount('')).toBeNull();
		expect(parseCwtCount('-')).toBeNull();
		expect(parseCwtCount('0')).toBe(0);
		expect(parseCwtCount('1,214')).toBe(1214);
	});
});

describe('cancer_waiting_times as built', () => {
	it('gives July 2024 suspected gynaecological cancer, USC route: 614 told, 361 within 28 days', async () => {
		const rows = await data.rows<{
			total: number;
			within_standard: number;
			after_standard: number;
		}>(
			`SELECT total, within_standard, after_standard FROM ${data.from('cancer_waiting_times')}
			WHERE period = DATE '2024-07-01' AND org_code = 'QH8' AND standard = 'faster_diagnosis_28d'
				AND referral_route = 'urgent_suspected_cancer'
				AND cancer_type = 'Suspected gynaecological cancer'`
		);
		expect(rows).toEqual([{ total: 614, within_standard: 361, after_standard: 253 }]);
	});

	it('has within + after = total wherever all three are published', async () => {
		const [row] = await data.rows<{ rows: number; checked: number; wrong: number }>(
			`SELECT CAST(count(*) AS INTEGER) AS rows,
				CAST(count(*) FILTER (WHERE total IS NOT NULL AND within_standard IS NOT NULL
					AND after_standard IS NOT NULL) AS INTEGER) AS checked,
				CAST(count(*) FILTER (WHERE within_standard + after_standard <> total) AS INTEGER) AS wrong
			FROM ${data.from('cancer_waiting_times')}`
		);
		expect(row).toEqual({ rows: 225, checked: 225, wrong: 0 });
	});

	it('covers July 2021 by CCG and July 2022–2024 for the ICB', async () => {
		const rows = await data.rows<{ period: Date; org_level: string; orgs: number }>(
			`SELECT period, org_level, CAST(count(DISTINCT org_code) AS INTEGER) AS orgs
			FROM ${data.from('cancer_waiting_times')} GROUP BY ALL ORDER BY period`
		);
		expect(
			rows.map((row) => [row.period.toISOString().slice(0, 10), row.org_level, row.orgs])
		).toEqual([
			['2021-07-01', 'CCG', 5],
			['2022-07-01', 'ICB', 1],
			['2023-07-01', 'ICB', 1],
			['2024-07-01', 'ICB', 1]
		]);
	});

	it('names the standards and keeps all-cancer rows without a cancer type', async () => {
		const rows = await data.rows<{ standard: string }>(
			`SELECT DISTINCT standard FROM ${data.from('cancer_waiting_times')} ORDER BY 1`
		);
		expect(rows.map((row) => row.standard)).toEqual([
			'breast_symptomatic_first_appointment',
			'faster_diagnosis_28d',
			'treatment_31d',
			'treatment_62d',
			'two_week_wait',
			'two_week_wait_breast_symptomatic',
			'usc_first_appointment'
		]);
		const [fds] = await data.rows<{ total: number; within_standard: number }>(
			`SELECT total, within_standard FROM ${data.from('cancer_waiting_times')}
			WHERE period = DATE '2024-07-01' AND standard = 'faster_diagnosis_28d'
				AND referral_route = 'all_routes' AND cancer_type IS NULL`
		);
		expect(fds).toEqual({ total: 6462, within_standard: 4504 });
	});
});
