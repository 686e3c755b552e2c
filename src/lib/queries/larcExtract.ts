/** The period the LARC extract covers: its last month end is the "as at" date of every snapshot. */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';

export interface ExtractPeriod {
	[key: string]: string;
	first_month_end: string;
	last_month_end: string;
}

const EXTRACT_PERIOD_SQL = `
SELECT last_day(min(request_date))::DATE AS first_month_end,
	last_day(max(request_date))::DATE AS last_month_end
FROM larc_requests`;

export async function larcExtractPeriod(db: AnalyticsDatabase): Promise<ExtractPeriod> {
	const [row] = arrowToRows<ExtractPeriod>(await db.query(EXTRACT_PERIOD_SQL));
	return row;
}
