/** The ring pessary extract: one row per fit or change due (data/README.md). */
import { AGE_BANDS, CARE_SETTINGS } from '$lib/data/datasets';
import { PCN_OF_PRACTICE, lsoaCode, pcnCode, practiceCode } from './shared';
import type { DataContract } from './types';

export const PESSARY_EPISODE_TYPES = ['first_fit', 'routine_change'] as const;

export const pessaryActivityContract: DataContract = {
	dataset: 'pessary_activity',
	row: 'one ring pessary fit or change due',
	columns: [
		{ name: 'episode_id', type: 'INTEGER', required: true, meaning: 'identifies the episode' },
		practiceCode,
		pcnCode,
		lsoaCode,
		{
			name: 'age_band',
			type: 'VARCHAR',
			required: true,
			values: AGE_BANDS.slice(1),
			meaning: 'age band of the woman'
		},
		{
			name: 'episode_type',
			type: 'VARCHAR',
			required: true,
			values: PESSARY_EPISODE_TYPES,
			meaning: 'a first fit or a routine change'
		},
		{ name: 'due_date', type: 'DATE', required: true, meaning: 'when the fit or change is due' },
		{ name: 'done_date', type: 'DATE', required: false, meaning: 'when done; empty if not yet' },
		{
			name: 'setting',
			type: 'VARCHAR',
			required: true,
			values: CARE_SETTINGS,
			meaning: 'where done, or booked'
		}
	],
	key: ['episode_id'],
	rules: [
		{
			id: 'first-fit-before-due',
			column: 'done_date',
			failing: "episode_type = 'first_fit' AND done_date < due_date",
			message: 'A first fit is done before the woman was referred for it'
		},
		{
			// A routine change can be done up to a week early (data/README.md).
			id: 'change-too-early',
			column: 'done_date',
			failing: "episode_type = 'routine_change' AND done_date < due_date - INTERVAL 7 DAY",
			message: 'A routine change is done more than a week before it was due'
		},
		PCN_OF_PRACTICE
	],
	period: {
		from: "date_trunc('month', min(due_date))::DATE",
		to: "(date_trunc('month', greatest(max(due_date), max(done_date))) + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE",
		// Changes done early in the first month may be missing from the extract.
		completeFrom: "(date_trunc('month', min(due_date)) + INTERVAL 1 MONTH)::DATE"
	},
	totalsSql: `SELECT p.locality, t.episode_type AS category, count(*)::INTEGER AS n
		FROM {table} t JOIN practices p USING (practice_code) GROUP BY ALL`,
	categoryLabel: 'episode type'
};
