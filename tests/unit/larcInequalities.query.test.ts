/**
 * LARC requests and women waiting by where women live, on a hand-made extract whose quintile,
 * decile, rural-urban and locality figures are worked out by hand in the comments. Requests from
 * ages outside a reason's rate (65 and over for gynaecological, 55–64 for contraceptive) are in
 * neither numerator nor denominator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import {
	larcRequestsByGroup,
	larcWaitingByGroup,
	larcRatesByGroupings,
	type GroupAgeRow
} from '$lib/queries/larcInequalities';
import { openHandMadeDatabase } from '../support/handMadeTables';

let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		geography_lsoa: `SELECT lsoa21_code, locality, imd25_quintile::INTEGER AS imd25_quintile,
				imd25_decile::INTEGER AS imd25_decile, ruc21_code, ruc21_name,
				lat::DOUBLE AS centroid_lat, lon::DOUBLE AS centroid_lon
			FROM (VALUES
				('L1', 'Thurrock',  1, 1,  'UN1',  'Urban: Nearer to a major town or city',        51.50, 0.30),
				('L2', 'Thurrock',  5, 10, 'RLN1', 'Larger rural: Nearer to a major town or city', 51.50, 0.40),
				('L3', 'Mid Essex', 1, 2,  'RLN1', 'Larger rural: Nearer to a major town or city', 51.70, 0.40)
			) t(lsoa21_code, locality, imd25_quintile, imd25_decile, ruc21_code, ruc21_name, lat, lon)`,
		// PCN catchments: L1 and L2 are nearest Q1's practice; L3 is the only Mid Essex one, Q3's.
		practices: `SELECT practice_code, pcn_code, pcn_name, locality, lat::DOUBLE AS lat, lon::DOUBLE AS lon
			FROM (VALUES
				('A1', 'Q1', 'Grays PCN',  'Thurrock',  51.50, 0.35),
				('A3', 'Q3', 'Witham PCN', 'Mid Essex', 51.80, 0.40)
			) t(practice_code, pcn_code, pcn_name, locality, lat, lon)`,
		// Quintile 1 = L1 + L3: 25–34 1,000, 45–54 2,000. Quintile 5 = L2: 25–34 500, 55–64 500.
		population_female_lsoa: `SELECT lsoa21_code, age_band, women::DOUBLE AS women FROM (VALUES
			('L1', '25-34', 1000), ('L1', '65+', 500), ('L2', '25-34', 500), ('L2', '55-64', 500),
			('L3', '45-54', 2000)
		) t(lsoa21_code, age_band, women)`,
		larc_requests: `SELECT id::INTEGER AS request_id, lsoa21_code, age_band, reason,
				request_date::DATE AS request_date, fit_date::DATE AS fit_date, removal_date::DATE AS removal_date
			FROM (VALUES
				(1, 'L1', '25-34', 'gynaecological', '2026-01-10', NULL,         NULL),
				(2, 'L1', '25-34', 'gynaecological', '2026-02-10', '2026-03-15', NULL),
				(3, 'L1', '65+',   'gynaecological', '2026-02-10', NULL,         NULL), -- outside 15–64
				(4, 'L2', '55-64', 'gynaecological', '2025-03-31', NULL,         '2025-06-01'),
				(5, 'L2', '55-64', 'contraceptive',  '2026-03-01', NULL,         NULL), -- outside 15–54
				(6, 'L3', '45-54', 'gynaecological', '2025-04-01', '2026-04-02', NULL),
				(7, 'L3', '45-54', 'contraceptive',  '2026-03-31', NULL,         NULL),
				(8, 'L1', '25-34', 'gynaecological', '2024-02-29', '2024-03-01', NULL)  -- a leap day
			) t(id, lsoa21_code, age_band, reason, request_date, fit_date, removal_date)`
	});
}, 60_000); // starting DuckDB-WASM can take more than the default 10 s on a busy machine

afterAll(async () => {
	await db.close();
});

const ENDS = ['2025-12-31', '2026-03-31'];

/** Events and women summed over age bands: "end|group|reason" → [events, women]. */
function totals(rows: readonly GroupAgeRow[]): Record<string, [number, number]> {
	const out: Record<string, [number, number]> = {};
	for (const r of rows) {
		const key = `${r.period_end}|${r.group_key}|${r.reason}`;
		const [events, women] = out[key] ?? [0, 0];
		out[key] = [events + r.events, women + r.women];
	}
	return out;
}

describe('larcRequestsByGroup', () => {
	it('counts requests in the 12 months to each date by IMD quintile, over the same ages as the women', async () => {
		const rows = await larcRequestsByGroup(db, { grouping: 'imd-quintile', ends: ENDS });
		expect(totals(rows)).toEqual({
			// 2025: request 6 (2025-04-01) in quintile 1; request 4 (2025-03-31) in quintile 5.
			'2025-12-31|1|gynaecological': [1, 3000],
			'2025-12-31|5|gynaecological': [1, 1000],
			'2025-12-31|1|contraceptive': [0, 3000],
			'2025-12-31|5|contraceptive': [0, 500],
			// To March 2026: 1, 2 and 6 in quintile 1; 4 was made on 2025-03-31, a year before.
			'2026-03-31|1|gynaecological': [3, 3000],
			'2026-03-31|5|gynaecological': [0, 1000],
			// 7 (aged 45–54) counts; 5 (aged 55–64) is outside contraceptive ages, as are the women.
			'2026-03-31|1|contraceptive': [1, 3000],
			'2026-03-31|5|contraceptive': [0, 500]
		});
	});

	it('counts the 12 months to February from 1 March, leap day or not', async () => {
		const rows = await larcRequestsByGroup(db, { grouping: 'imd-quintile', ends: ['2025-02-28'] });
		// Request 8, made on 29 February 2024, is in the 12 months to February 2024, not 2025.
		expect(totals(rows)['2025-02-28|1|gynaecological']).toEqual([0, 3000]);
	});

	it('keeps each age band apart for age standardisation', async () => {
		const rows = await larcRequestsByGroup(db, { grouping: 'imd-quintile', ends: ['2026-03-31'] });
		const q1 = rows.filter((r) => r.group_key === '1' && r.reason === 'gynaecological');
		expect(q1.map((r) => [r.age_band, r.events, r.women])).toEqual([
			['25-34', 2, 1000],
			['45-54', 1, 2000]
		]);
	});

	it('groups by rural-urban class with its name, and by decile', async () => {
		const rural = await larcRequestsByGroup(db, { grouping: 'rural-urban', ends: ['2026-03-31'] });
		// Urban = L1 (requests 1, 2; women 1,000); larger rural = L2 + L3 (request 6; 500 + 500 + 2,000).
		expect(totals(rural)).toMatchObject({
			'2026-03-31|UN1|gynaecological': [2, 1000],
			'2026-03-31|RLN1|gynaecological': [1, 3000]
		});
		expect(rural.find((r) => r.group_key === 'RLN1')?.group_name).toBe(
			'Larger rural: Nearer to a major town or city'
		);
		const deciles = await larcRequestsByGroup(db, { grouping: 'imd-decile', ends: ['2026-03-31'] });
		expect(totals(deciles)).toMatchObject({
			'2026-03-31|1|gynaecological': [2, 1000],
			'2026-03-31|2|gynaecological': [1, 2000],
			'2026-03-31|10|gynaecological': [0, 1000]
		});
	});
});

describe('larcWaitingByGroup', () => {
	it('counts women waiting at each date by locality of residence', async () => {
		const rows = await larcWaitingByGroup(db, { grouping: 'locality', ends: ENDS });
		expect(totals(rows)).toEqual({
			// End of 2025: 6 waits (fitted 2026-04-02); 4 was removed in June 2025.
			'2025-12-31|Mid Essex|gynaecological': [1, 2000],
			'2025-12-31|Thurrock|gynaecological': [0, 2000],
			'2025-12-31|Mid Essex|contraceptive': [0, 2000],
			'2025-12-31|Thurrock|contraceptive': [0, 1500],
			// End of March 2026: 6 and 1 wait (2 was fitted, 3 is 65 or over); 7 was asked that day.
			'2026-03-31|Mid Essex|gynaecological': [1, 2000],
			'2026-03-31|Thurrock|gynaecological': [1, 2000],
			'2026-03-31|Mid Essex|contraceptive': [1, 2000],
			'2026-03-31|Thurrock|contraceptive': [0, 1500]
		});
	});
});

describe('larcRatesByGroupings', () => {
	it('answers several groupings at their own dates in one query, PCN catchments among them', async () => {
		const rows = await larcRatesByGroupings(db, {
			measure: 'waiting',
			sets: [
				{ grouping: 'pcn', ends: ['2026-03-31'] },
				{ grouping: 'imd-quintile', ends: ['2025-12-31'] }
			]
		});
		const byGrouping = (g: string) => totals(rows.filter((r) => r.grouping === g));
		// Q1 = L1 + L2 (women 1,000 + 500 + 500 of 15–64): request 1 waits, 4 was removed.
		// Q3 = L3: request 6 waits (fitted 2 April 2026).
		expect(byGrouping('pcn')).toMatchObject({
			'2026-03-31|Q1|gynaecological': [1, 2000],
			'2026-03-31|Q3|gynaecological': [1, 2000]
		});
		expect(rows.find((r) => r.group_key === 'Q1')?.group_name).toBe('Grays PCN');
		// The end of 2025 by quintile only: 6 waits in quintile 1; 4 was removed in June 2025.
		expect(byGrouping('imd-quintile')).toMatchObject({
			'2025-12-31|1|gynaecological': [1, 3000],
			'2025-12-31|5|gynaecological': [0, 1000]
		});
		expect(
			rows.filter((r) => r.grouping === 'imd-quintile').map((r) => r.period_end)
		).not.toContain('2026-03-31');
	});
});
