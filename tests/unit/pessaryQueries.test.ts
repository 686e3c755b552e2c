/**
 * Ring pessary queries on DuckDB-WASM against eleven hand-made episodes, answers worked out by
 * hand. The extract holds episodes due from 1 January 2025, so episodes done in January 2025 are
 * incomplete (a change due in December and done in January is missing): it is complete from
 * 1 February 2025. The first hub opens on 1 July 2025; as at 31 March 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import { completeMonths } from '$lib/data/period';
import {
	firstHubOpening,
	overdueIfDueBy,
	pessaryEpisodesByMonth,
	pessaryOverdue,
	pessaryShiftSinceHubs
} from '$lib/queries/pessaryActivity';
import { pessaryComparisonWindows } from '$lib/topics/larc/pessaryWindows';
import { openHandMadeDatabase } from '../support/handMadeTables';

const AS_AT = '2026-03-31';
const EXTRACT = { from: '2025-01-01', to: '2026-03-31', completeFrom: '2025-02-01' };
let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		practices: `SELECT * FROM (VALUES ('P1', 'U1', 'Thurrock'), ('P2', 'U2', 'Mid Essex'))
			t(practice_code, pcn_code, locality)`,
		hubs: `SELECT * FROM (VALUES ('Thurrock', DATE '2025-07-01'), ('Mid Essex', DATE '2025-09-01'))
			t(locality, open_date)`,
		pessary_activity: `SELECT id::INTEGER AS episode_id, practice_code, 'U' || right(practice_code, 1) AS pcn_code,
				'65+' AS age_band, episode_type, due_date::DATE AS due_date,
				done_date::DATE AS done_date, setting
			FROM (VALUES
				(1, 'P1', 'routine_change', '2025-01-10', '2025-01-20', 'secondary_care'), -- partial first month
				(2, 'P1', 'routine_change', '2025-03-01', '2025-03-05', 'primary_care'),   -- before the hubs
				(3, 'P1', 'routine_change', '2025-12-01', '2025-12-03', 'hub'),            -- since
				(4, 'P1', 'routine_change', '2026-01-15', NULL,         'secondary_care'), -- 75 days past due
				(5, 'P2', 'routine_change', '2026-02-01', '2026-02-10', 'secondary_care'), -- since
				(6, 'P2', 'routine_change', '2026-03-10', NULL,         'primary_care'),   -- 21 days past due
				(7, 'P2', 'routine_change', '2026-05-01', NULL,         'primary_care'),   -- not yet due
				(8, 'P2', 'first_fit',      '2026-01-05', NULL,         'secondary_care'), -- waiting 85 days
				(9, 'P1', 'first_fit',      '2025-04-01', '2025-05-20', 'secondary_care'), -- before the hubs
				(10, 'P2', 'routine_change', '2026-03-03', NULL,        'primary_care'),   -- exactly 28 days
				(11, 'P1', 'routine_change', '2026-02-15', '2026-04-05', 'hub')            -- 44 days, done later
			) t(id, practice_code, episode_type, due_date, done_date, setting)`
	});
});

afterAll(async () => {
	await db.close();
});

describe('ring pessary care', () => {
	it('counts episodes done in each complete month, leaving out the partial first month', async () => {
		expect(completeMonths(EXTRACT)).toEqual({ from: '2025-02-01', to: '2026-03-31' });
		// Episode 1, done in January 2025, is left out; episode 11 is done after the as-at date.
		expect(
			await pessaryEpisodesByMonth(db, { filter: {}, months: completeMonths(EXTRACT) })
		).toEqual([
			{ month_end: '2025-03-31', setting: 'primary_care', episodes: 1 },
			{ month_end: '2025-05-31', setting: 'secondary_care', episodes: 1 },
			{ month_end: '2025-12-31', setting: 'hub', episodes: 1 },
			{ month_end: '2026-02-28', setting: 'secondary_care', episodes: 1 }
		]);
	});

	it('counts a change as overdue only when more than 4 weeks past due, and first fits apart', async () => {
		// 4 weeks' grace: changes due on or before 2 March 2026 (29 days or more before 31 March).
		expect(overdueIfDueBy(AS_AT, 4)).toBe('2026-03-02');
		const rows = await pessaryOverdue(db, { filter: {}, asAt: AS_AT, graceWeeks: 4 });
		// Thurrock: changes 1, 2, 3, 4, 11 due; 4 (not done) and 11 (done after) overdue: 75 and 44 days.
		const thurrock = rows.find((r) => r.locality === 'Thurrock');
		expect(thurrock).toMatchObject({
			is_total: false,
			changes_due: 5,
			changes_overdue: 2,
			first_fits_waiting: 0,
			median_weeks_first_fit_waiting: null
		});
		expect(thurrock?.median_weeks_past_due).toBeCloseTo((75 + 44) / 2 / 7, 12);
		// Mid Essex: change 6 is 3 weeks past due and change 10 exactly 4 weeks: neither is overdue.
		// First fit 8 is waiting (85 days), not a change overdue.
		const midEssex = rows.find((r) => r.locality === 'Mid Essex');
		expect(midEssex).toMatchObject({
			changes_due: 1,
			changes_overdue: 0,
			median_weeks_past_due: null,
			first_fits_waiting: 1
		});
		expect(midEssex?.median_weeks_first_fit_waiting).toBeCloseTo(85 / 7, 12);
		const icb = rows.find((r) => r.is_total);
		expect(icb).toMatchObject({
			locality: 'Mid and South Essex',
			changes_due: 6,
			changes_overdue: 2,
			first_fits_waiting: 1
		});
	});

	it('takes the grace period as a parameter', async () => {
		// 2 weeks' grace: changes due by 16 March 2026, so changes 6 (21 days) and 10 (28) count.
		const rows = await pessaryOverdue(db, { filter: {}, asAt: AS_AT, graceWeeks: 2 });
		expect(rows.find((r) => r.locality === 'Mid Essex')).toMatchObject({
			changes_due: 3,
			changes_overdue: 2
		});
		expect(rows.find((r) => r.is_total)).toMatchObject({ changes_due: 8, changes_overdue: 4 });
	});

	it('compares complete months before the first hub with the months since', async () => {
		const firstHubOpen = await firstHubOpening(db);
		expect(firstHubOpen).toBe('2025-07-01');
		const windows = pessaryComparisonWindows({
			firstHubOpen: firstHubOpen!,
			asAt: AS_AT,
			extract: EXTRACT
		});
		// Before: July 2024–June 2025 cut to February–June 2025 (January is partial).
		// Since: the last 12 months, from the opening month: July 2025–March 2026.
		expect(windows).toEqual({
			before: { from: '2025-02-01', to: '2025-06-30' },
			since: { from: '2025-07-01', to: '2026-03-31' }
		});
		// Before: episodes 2 (primary care) and 9 (secondary); episode 1 is in January, left out.
		// Since: episodes 3 (hub) and 5 (secondary).
		expect(await pessaryShiftSinceHubs(db, { filter: {}, windows })).toEqual([
			{ phase: 'before_hubs', community_episodes: 1, all_episodes: 2 },
			{ phase: 'since_hubs', community_episodes: 1, all_episodes: 2 }
		]);
		expect(await pessaryShiftSinceHubs(db, { filter: { locality: 'Mid Essex' }, windows })).toEqual(
			[{ phase: 'since_hubs', community_episodes: 0, all_episodes: 1 }]
		);
	});
});
