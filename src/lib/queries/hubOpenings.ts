/**
 * When each hub opened, from the `hubs` dataset (synthetic planning assumptions: one hub per
 * locality, one row per PCN of it), for marking the openings on charts over time.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';

export interface HubOpeningRow {
	hub_name: string;
	open_date: string;
}

const HUB_OPENINGS_SQL = `
SELECT hub_name, CAST(min(open_date) AS VARCHAR) AS open_date
FROM hubs
GROUP BY hub_name
ORDER BY open_date, hub_name`;

export function hubOpenings(db: AnalyticsDatabase): Promise<HubOpeningRow[]> {
	return queryRows<HubOpeningRow>(db, HUB_OPENINGS_SQL);
}
