/** The LARC request extract: one row per request for a LARC fit (data/README.md). */
import { AGE_BANDS, CARE_SETTINGS, GYNAE_SUB_REASONS, LARC_REASONS } from '$lib/data/datasets';
import { lsoaCode, PCN_OF_PRACTICE, practiceCode, pcnCode } from './shared';
import type { DataContract } from './types';

export const REMOVAL_REASONS = ['no_longer_required', 'declined', 'moved_away'] as const;

export const larcRequestsContract: DataContract = {
	dataset: 'larc_requests',
	row: 'one request for a LARC fit',
	columns: [
		{ name: 'request_id', type: 'INTEGER', required: true, meaning: 'identifies the request' },
		practiceCode,
		pcnCode,
		{ ...lsoaCode, meaning: 'LSOA 2021 of residence' },
		{
			name: 'age_band',
			type: 'VARCHAR',
			required: true,
			values: AGE_BANDS.slice(1),
			meaning: 'age band of the woman'
		},
		{ name: 'reason', type: 'VARCHAR', required: true, values: LARC_REASONS, meaning: 'reason' },
		{
			name: 'gynae_sub_reason',
			type: 'VARCHAR',
			required: false,
			values: GYNAE_SUB_REASONS,
			meaning: 'gynaecological reason; empty for contraceptive requests'
		},
		{ name: 'request_date', type: 'DATE', required: true, meaning: 'date of the request' },
		{ name: 'fit_date', type: 'DATE', required: false, meaning: 'date fitted; empty if not' },
		{
			name: 'setting',
			type: 'VARCHAR',
			required: true,
			values: CARE_SETTINGS,
			meaning: 'where fitted, or booked'
		},
		{ name: 'removal_date', type: 'DATE', required: false, meaning: 'date taken off the list' },
		{
			name: 'removal_reason',
			type: 'VARCHAR',
			required: false,
			values: REMOVAL_REASONS,
			meaning: 'why taken off the list; empty if not removed'
		}
	],
	key: ['request_id'],
	rules: [
		{
			id: 'fit-before-request',
			column: 'fit_date',
			failing: 'fit_date < request_date',
			message: 'The fit date is before the request date'
		},
		{
			id: 'removal-before-request',
			column: 'removal_date',
			failing: 'removal_date < request_date',
			message: 'The removal date is before the request date'
		},
		{
			id: 'fit-and-removal',
			column: 'removal_date',
			failing: 'fit_date IS NOT NULL AND removal_date IS NOT NULL',
			message: 'A request has both a fit date and a removal date'
		},
		{
			id: 'removal-reason',
			column: 'removal_reason',
			failing: '(removal_date IS NULL) <> (removal_reason IS NULL)',
			message: 'A removal reason is given without a removal date, or a removal date without one'
		},
		{
			id: 'gynae-sub-reason',
			column: 'gynae_sub_reason',
			failing: "(reason = 'gynaecological') <> (gynae_sub_reason IS NOT NULL)",
			message: 'A gynaecological request needs a sub-reason, and a contraceptive one has none'
		},
		PCN_OF_PRACTICE
	],
	period: {
		// Requests made before the window may still be open in it, so the window starts at the
		// first fit or removal, and ends with the month of the latest date in the extract.
		from: "date_trunc('month', least(min(fit_date), min(removal_date)))::DATE",
		to: "(date_trunc('month', greatest(max(request_date), max(fit_date), max(removal_date))) + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE",
		completeFrom: "date_trunc('month', least(min(fit_date), min(removal_date)))::DATE"
	},
	totalsSql: `SELECT p.locality, t.reason AS category, count(*)::INTEGER AS n
		FROM {table} t JOIN practices p USING (practice_code) GROUP BY ALL`,
	categoryLabel: 'reason'
};
