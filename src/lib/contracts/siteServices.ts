/** Which services each site offers: one row per site and service (data/README.md). */
import { SITE_SERVICE_CODES } from '$lib/data/siteServices';
import type { DataContract } from './types';

export const siteServicesContract: DataContract = {
	dataset: 'site_services',
	row: 'one service offered at one site',
	columns: [
		{
			name: 'site_id',
			type: 'VARCHAR',
			required: true,
			reference: { table: 'sites', column: 'site_id', label: 'site of the current sites list' },
			meaning: 'sites.site_id'
		},
		{
			name: 'service_code',
			type: 'VARCHAR',
			required: true,
			values: SITE_SERVICE_CODES,
			meaning: 'one of the four shared service codes'
		},
		{ name: 'source', type: 'VARCHAR', required: true, meaning: 'where the offer comes from' }
	],
	key: ['site_id', 'service_code'],
	rules: [],
	totalsSql: `SELECT coalesce(s.locality, 'Hospitals') AS locality, t.service_code AS category,
		count(*)::INTEGER AS n FROM {table} t JOIN sites s USING (site_id) GROUP BY ALL`,
	categoryLabel: 'service'
};
