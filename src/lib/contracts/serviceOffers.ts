/** The service offers extract: one row per change in what a PCN offers of a service (data/README.md). */
import { SERVICE_LEVELS } from '$lib/data/services';
import { pcnCode, serviceCode } from './shared';
import type { DataContract } from './types';

export const serviceOffersContract: DataContract = {
	dataset: 'service_offers',
	row: 'one change in what a PCN offers of a service',
	columns: [
		{ ...pcnCode, meaning: 'the PCN making the offer' },
		{
			name: 'site_code',
			type: 'VARCHAR',
			required: false,
			reference: { table: 'practices', column: 'practice_code', label: 'practice code' },
			meaning: 'the practice where an in-person offer is given; empty = each of the PCN’s practices'
		},
		serviceCode,
		{
			name: 'level',
			type: 'VARCHAR',
			required: true,
			values: SERVICE_LEVELS,
			meaning: 'what is offered from the start date'
		},
		{ name: 'start_date', type: 'DATE', required: true, meaning: 'from when' },
		{ name: 'provider', type: 'VARCHAR', required: true, meaning: 'who provides it' },
		{
			name: 'clinician_types',
			type: 'VARCHAR',
			required: false,
			meaning: 'the clinicians who deliver it, ;-separated'
		}
	],
	key: ['pcn_code', 'service_code', 'start_date'],
	rules: [
		{
			id: 'site-not-in-person',
			column: 'site_code',
			failing: "site_code IS NOT NULL AND level <> 'clinical_in_person'",
			message: 'A site is given for an offer that is not clinical care in person'
		}
	],
	period: {
		from: 'min(start_date)',
		// An offers list holds every change up to the day it is taken, so it describes offers to
		// the end of the last full month before it is checked (the /services "as at" date).
		to: "(date_trunc('month', {today}) - INTERVAL 1 DAY)::DATE"
	},
	totalsSql: `SELECT p.locality, t.level AS category, count(*)::INTEGER AS n
		FROM {table} t JOIN pcns p USING (pcn_code) GROUP BY ALL`,
	categoryLabel: 'level'
};
