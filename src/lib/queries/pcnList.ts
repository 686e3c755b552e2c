/** The PCNs (2022/23 membership) for the filter list, with their locality. */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';

export interface PcnOption {
	pcn_code: string;
	pcn_name: string;
	locality: string;
}

const PCN_LIST_SQL = `SELECT pcn_code, pcn_name, locality FROM pcns ORDER BY locality, pcn_name`;

export async function pcnList(db: AnalyticsDatabase): Promise<PcnOption[]> {
	return queryRows<PcnOption>(db, PCN_LIST_SQL);
}
