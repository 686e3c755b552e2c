/** Everything the /rtt page shows: gynaecology RTT completed pathways, queried in one go. */
import type { AnalyticsDatabase } from '$lib/data/database';
import {
	GYNAECOLOGY_SERVICE,
	rttMonthlySummary,
	rttWeeklyBands,
	type RttBandRow
} from '$lib/queries/rttCompleted';
import { rttMonthTable, type RttMonthTableRow } from './rttSummaries';

export const RTT_PAGE_DATASETS = ['rtt_completed'] as const;

export interface RttPageData {
	bands: RttBandRow[];
	months: RttMonthTableRow[];
	/** First days of the months published, in order. */
	periods: string[];
}

export async function loadRttPage(db: AnalyticsDatabase): Promise<RttPageData> {
	const [bands, summary] = await Promise.all([
		rttWeeklyBands(db, { treatmentFunction: GYNAECOLOGY_SERVICE }),
		rttMonthlySummary(db, { treatmentFunction: GYNAECOLOGY_SERVICE })
	]);
	return {
		bands,
		months: rttMonthTable(summary, bands),
		periods: [...new Set(summary.map((r) => r.period))].sort()
	};
}
