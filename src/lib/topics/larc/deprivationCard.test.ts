import { describe, expect, it } from 'vitest';
import type { DeprivationRow } from '$lib/queries/larcDeprivation';
import { rateAgesByReason } from '$lib/queries/larcRateAges';
import { deprivationCardModel } from './deprivationCard';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const ICB = 'Mid and South Essex';

/** 10,000 women in each quintile for each reason, with the requests given per quintile. */
function rows(gynae: number[], contra: number[]): DeprivationRow[] {
	return [1, 2, 3, 4, 5].flatMap((q) => [
		{ imd_quintile: q, reason: 'gynaecological' as const, requests: gynae[q - 1], women: 10_000 },
		{ imd_quintile: q, reason: 'contraceptive' as const, requests: contra[q - 1], women: 10_000 }
	]);
}

const card = (r: DeprivationRow[], ages = rateAgesByReason()) =>
	deprivationCardModel({ rows: r, areaLabel: ICB, period: YEAR, ages });

describe('deprivationCardModel', () => {
	it('shows each quintile rate with its interval, and a slope index per reason', () => {
		const model = card(rows([200, 170, 140, 110, 80], [100, 100, 100, 100, 100]));
		// 200 requests from 10,000 women over 2025 (365 / 365.25 years): 200 / 9,993.2 × 1,000 =
		// 20.01, Byar's 95% CI 17.34 to 22.99.
		expect(model.rows[0]).toEqual({
			key: 'gynaecological|1',
			reason: 'gynaecological',
			ages: '15–64',
			quintile: '1 (most deprived)',
			requests: '200',
			rate: '20.0',
			interval: '17.3 to 23.0'
		});
		expect(model.panels[0].bars[0]).toMatchObject({
			key: '1',
			label: '1 (most deprived)',
			valueText: '20.0 (17.3–23.0)'
		});
		expect(model.panels[0].bars[0].value).toBeCloseTo((200 / (10_000 * (365 / 365.25))) * 1000, 9);
		expect(model.panels.map((p) => p.heading)).toEqual([
			'Gynaecological requests per 1,000 women aged 15–64 a year, by IMD 2025 quintile',
			'Contraceptive requests per 1,000 women aged 15–54 a year, by IMD 2025 quintile'
		]);
		// Requests fall by 30 a quintile: a slope of −150 per 10,000 women a year, 15.0 a year per 1,000.
		expect(model.summary).toContain(
			'gynaecological requests: 15.0 more a year per 1,000 women aged 15–64 at the most deprived end'
		);
		expect(model.assumedGap).toEqual({ gynaecological: '18% lower', contraceptive: '33% lower' });
	});

	it('withholds the rate, interval and slope index where a quintile has 1–7 requests', () => {
		const model = card(rows([200, 170, 5, 110, 80], [100, 100, 100, 100, 100]));
		expect(model.rows[2]).toMatchObject({ quintile: '3', requests: '*', rate: '*', interval: '*' });
		expect(model.panels[0].bars.map((b) => b.label)).toEqual([
			'1 (most deprived)',
			'2',
			'4',
			'5 (least deprived)'
		]);
		expect(model.summary).toContain(
			'no slope index for gynaecological requests: 1 to 7 came from some quintile, whose rate is withheld'
		);
		expect(model.summary).toMatch(/; contraceptive requests: 0\.0 (more|fewer) a year/);
		const [download] = model.downloads;
		const records = download.rows.map((cells) =>
			Object.fromEntries(download.header.map((h, i) => [h, cells[i]]))
		);
		expect(records[2]).toMatchObject({
			reason: 'gynaecological',
			imd_2025_quintile: '3',
			requests: '*',
			rate_per_1000_women_a_year: '*',
			lower_95: '*',
			upper_95: '*'
		});
	});

	it('says there are no requests, rather than "95% CI 0.0 to NaN", for women aged 65 and over', () => {
		const model = card(rows([0, 0, 0, 0, 0], [0, 0, 0, 0, 0]), rateAgesByReason('65+'));
		expect(model.summary).toMatch(
			/In Mid and South Essex, January 2025 to December 2025: no gynaecological requests in this selection; no contraceptive requests in this selection\.$/
		);
		expect(JSON.stringify(model)).not.toContain('NaN');
		expect(model.rows[0]).toMatchObject({ requests: '0', rate: '0.0' });
	});

	it('gives no slope index when a quintile has no requests, whose interval is undefined', () => {
		const model = card(rows([0, 20, 30, 40, 50], [100, 100, 100, 100, 100]));
		expect(model.summary).toContain(
			'too few gynaecological requests in some quintiles for a slope index'
		);
		expect(model.summary).not.toContain('NaN');
	});

	it('links to the inequalities page for the same requests, reason by reason', () => {
		const model = card(rows([0, 20, 30, 40, 50], [100, 100, 100, 100, 100]));
		expect(model.inequalitiesLinks.map((l) => l.href)).toEqual([
			'/inequalities?measure=requests&reason=gynaecological',
			'/inequalities?measure=requests&reason=contraceptive'
		]);
	});
});
