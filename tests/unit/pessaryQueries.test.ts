/**
 * Ring pessary queries on DuckDB-WASM against seven hand-made episodes, answers worked out by
 * hand. The first hub opens on 1 July 2025; as at 31 March 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '$lib/data/database';
import {
	pessaryEpisodesByMonth,
	pessaryOverdue,
	pessaryShiftSinceHubs
} from '$lib/queries/pessaryActivity';
import { openHandMadeDatabase } from '../support/handMadeTables';

const AS_AT = '2026-03-31';
let db: AnalyticsDatabase;

beforeAll(async () => {
	db = await openHandMadeDatabase({
		practices: `SELECT * FROM (VALUES ('P1', 'U1', 'Thurrock'), ('P2', 'U2', 'Mid Essex'))
			t(practice_code, pcn_code, locality)`,
		hubs: `SELECT * FROM (VALUES ('Thurrock', DATE '2025-07-01'), ('Mid Essex', DATE '2025-09-01'))
			t(locality, open_date)`,
		pessary_activity: `SELECT id::INTEGER AS episode_id, practice_code, 'U' || right(practice_code, 1) AS pcn_code,
				'65+' AS age_band, 'routine_change' AS episode_type, due_date::DATE AS due_date,
				done_date::DATE AS done_date, setting
			FROM (VALUES
				(1, 'P1', '2025-01-10', '2025-01-20', 'secondary_care'), -- before the hubs
				(2, 'P1', '2025-03-01', '2025-03-05', 'primary_care'),   -- before the hubs
				(3, 'P1', '2025-12-01', '2025-12-03', 'hub'),            -- since
				(4, 'P1', '2026-01-15', NULL,         'secondary_care'), -- overdue 75 days
				(5, 'P2', '2026-02-01', '2026-02-10', 'secondary_care'), -- since
				(6, 'P2', '2026-03-20', NULL,         'primary_care'),   -- overdue 11 days
				(7, 'P2', '2026-05-01', NULL,         'primary_care')    -- not yet due
			) t(id, practice_code, due_date, done_date, setting)`
	});
});

afterAll(async () => {
	await db.close();
});

describe('ring pessary care', () => {
	it('counts episodes done by month and setting', async () => {
		expect(await pessaryEpisodesByMonth(db, {}, AS_AT)).toEqual([
			{ month_end: '2025-01-31', setting: 'secondary_care', episodes: 1 },
			{ month_end: '2025-03-31', setting: 'primary_care', episodes: 1 },
			{ month_end: '2025-12-31', setting: 'hub', episodes: 1 },
			{ month_end: '2026-02-28', setting: 'secondary_care', episodes: 1 }
		]);
	});

	it('finds overdue changes: due by the as-at date and not done', async () => {
		const rows = await pessaryOverdue(db, {}, AS_AT);
		expect(rows.find((r) => r.locality === 'Thurrock')).toMatchObject({ due: 4, overdue: 1 });
		expect(rows.find((r) => r.locality === 'Thurrock')?.median_weeks_overdue).toBeCloseTo(
			75 / 7,
			12
		);
		expect(rows.find((r) => r.locality === 'Mid Essex')).toMatchObject({ due: 2, overdue: 1 });
		const icb = rows.find((r) => r.locality === 'Mid and South Essex');
		expect(icb).toMatchObject({ due: 6, overdue: 2 });
		expect(icb?.median_weeks_overdue).toBeCloseTo((75 + 11) / 2 / 7, 12);
	});

	it('compares the community share in the year before the first hub with the last year', async () => {
		expect(await pessaryShiftSinceHubs(db, {}, AS_AT)).toEqual([
			{ phase: 'before_hubs', community_episodes: 1, all_episodes: 2 },
			{ phase: 'since_hubs', community_episodes: 1, all_episodes: 2 }
		]);
	});

	it('narrows to a locality', async () => {
		const rows = await pessaryShiftSinceHubs(db, { locality: 'Mid Essex' }, AS_AT);
		expect(rows).toEqual([{ phase: 'since_hubs', community_episodes: 0, all_episodes: 1 }]);
	});
});
