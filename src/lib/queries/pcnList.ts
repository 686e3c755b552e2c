/** The PCNs (2022/23 membership) for the filter list, with their locality. */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';

export interface PcnOption {
	[key: string]: string;
	pcn_code: string;
	pcn_name: string;
	locality: string;
}

const PCN_LIST_SQL = `SELECT pcn_code, pcn_name, locality FROM pcns ORDER BY locality, pcn_name`;

export async function pcnList(db: AnalyticsDatabase): Promise<PcnOption[]> {
	return arrowToRows<PcnOption>(await db.query(PCN_LIST_SQL));
}
