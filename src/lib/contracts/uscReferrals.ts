/** The urgent suspected cancer referral extract: one row per month, PCN and suspected cancer. */
import { LOCALITIES } from '$lib/data/datasets';
import { FIRST_OF_MONTH, MONTHLY_PERIOD, pcnCode } from './shared';
import type { DataContract } from './types';

export const SUSPECTED_CANCERS = ['gynaecological', 'other'] as const;

export const uscReferralsContract: DataContract = {
	dataset: 'usc_referrals',
	row: 'one month, PCN and suspected cancer',
	columns: [
		{ name: 'month', type: 'DATE', required: true, meaning: 'first day of the month' },
		pcnCode,
		{
			name: 'locality',
			type: 'VARCHAR',
			required: true,
			values: LOCALITIES,
			meaning: "the PCN's locality"
		},
		{
			name: 'suspected_cancer',
			type: 'VARCHAR',
			required: true,
			values: SUSPECTED_CANCERS,
			meaning: 'suspected gynaecological cancer, or any other'
		},
		{
			name: 'referrals',
			type: 'INTEGER',
			required: true,
			count: true,
			meaning: 'referrals in the month'
		},
		{
			name: 'women_registered',
			type: 'DOUBLE',
			required: true,
			meaning: 'estimated women registered with the PCN (the rate denominator)'
		}
	],
	key: ['month', 'pcn_code', 'suspected_cancer'],
	rules: [
		FIRST_OF_MONTH,
		{
			id: 'locality-of-pcn',
			column: 'locality',
			failing: `pcn_code IN (SELECT pcn_code FROM pcns) AND locality IS DISTINCT FROM
				(SELECT p.locality FROM pcns p WHERE p.pcn_code = {table}.pcn_code)`,
			message: "The locality is not the PCN's locality"
		},
		{
			id: 'women-positive',
			column: 'women_registered',
			failing: 'women_registered <= 0',
			message: 'The number of women registered is not above 0'
		}
	],
	period: MONTHLY_PERIOD,
	totalsSql: `SELECT t.locality, t.suspected_cancer AS category, sum(t.referrals)::INTEGER AS n
		FROM {table} t GROUP BY ALL`,
	categoryLabel: 'suspected cancer'
};
