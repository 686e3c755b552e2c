/**
 * Published urgent suspected cancer (USC, formerly two-week wait) demand for Mid and South Essex:
 * patients first seen after a USC referral, in the months the reference files cover (July of
 * 2021–2024 only). The definition lives in uscPublishedSql.ts, shared with the data build.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import { USC_PUBLISHED_DEMAND_PARAMS, uscPublishedDemandSql } from './uscPublishedSql';

export interface UscPublishedRow {
	/** First day of the month reported. */
	period: string;
	/** 'two_week_wait' until September 2023, then 'usc_first_appointment'. */
	measure: string;
	/** 'CCG' (July 2021: the five former CCGs, summed) or 'ICB'. */
	org_level: string;
	organisations: number;
	/** All suspected cancers; null = not published. */
	all_cancers: number | null;
	/** Suspected gynaecological cancer; null = not published (only from July 2024). */
	gynaecological: number | null;
}

export async function uscPublishedDemand(db: AnalyticsDatabase): Promise<UscPublishedRow[]> {
	return queryRows<UscPublishedRow>(
		db,
		uscPublishedDemandSql('cancer_waiting_times'),
		USC_PUBLISHED_DEMAND_PARAMS
	);
}
