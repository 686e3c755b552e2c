/** The workforce extract: one row per month, PCN and clinical skill (data/README.md). */
import { WORKFORCE_SKILLS } from '$lib/data/services';
import { FIRST_OF_MONTH, MONTHLY_PERIOD, pcnCode } from './shared';
import type { ContractColumn, DataContract } from './types';

const count = (name: string, meaning: string): ContractColumn => ({
	name,
	type: 'INTEGER',
	required: true,
	count: true,
	meaning
});

export const workforceContract: DataContract = {
	dataset: 'workforce',
	row: 'one month, PCN and skill',
	columns: [
		{ name: 'month', type: 'DATE', required: true, meaning: 'first day of the month' },
		pcnCode,
		{
			name: 'skill',
			type: 'VARCHAR',
			required: true,
			values: WORKFORCE_SKILLS,
			meaning: 'the clinical skill'
		},
		count('clinicians_current', 'clinicians with a current competence at the month’s end'),
		count('completions', 'clinicians completing the training in the month'),
		count('planned_completions', 'completions the training plan expected in the month')
	],
	key: ['month', 'pcn_code', 'skill'],
	rules: [FIRST_OF_MONTH],
	period: MONTHLY_PERIOD,
	totalsSql: `SELECT p.locality, t.skill AS category, sum(t.completions)::INTEGER AS n
		FROM {table} t JOIN pcns p USING (pcn_code) GROUP BY ALL`,
	categoryLabel: 'skill (training completions)'
};
