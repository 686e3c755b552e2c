/**
 * Referral to treatment (RTT) completed pathways at Mid and South Essex NHS FT (RAJ), real NHS
 * England data: the weekly bands of one treatment function, and per month and pathway the total,
 * those within 18 weeks and those over 52 weeks. A month with any band not published gives NULL
 * ("not published"), never 0. ('-' in the published files means none: see data/README.md.)
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import { RTT_STANDARD_WEEKS } from '$lib/facts';

/** Gynaecology Service (NHS Data Dictionary treatment function 502; RTT code C_502). */
export const GYNAECOLOGY_SERVICE = 'C_502';

/** Long waits: "over 52 weeks" is the bands from >52-53 up (reference_constants.json rtt). */
export const RTT_LONG_WAIT_WEEKS = 52;

export type RttPathway = 'admitted' | 'non_admitted';

export interface RttBandRow {
	period: string;
	pathway: RttPathway;
	weeks_from: number;
	/** null for the open "104 plus" band. */
	weeks_to: number | null;
	/** null = not published. */
	patients: number | null;
}

const BANDS_SQL = `
SELECT period, pathway, weeks_from, weeks_to, patients
FROM rtt_completed
WHERE treatment_function_code = CAST($treatmentFunction AS VARCHAR)
ORDER BY period, pathway, weeks_from
`;

export async function rttWeeklyBands(
	db: AnalyticsDatabase,
	{ treatmentFunction }: { treatmentFunction: string }
): Promise<RttBandRow[]> {
	return queryRows<RttBandRow>(db, BANDS_SQL, { treatmentFunction });
}

export interface RttMonthRow {
	period: string;
	pathway: RttPathway;
	/** Completed pathways with a known clock start (the sum of the weekly bands). */
	completed: number | null;
	within_18_weeks: number | null;
	over_52_weeks: number | null;
}

const MONTHLY_SQL = `
SELECT period, pathway,
	(CASE WHEN bool_and(patients IS NOT NULL) THEN sum(patients) END)::INTEGER AS completed,
	(CASE WHEN bool_and(patients IS NOT NULL) FILTER (WHERE weeks_to <= CAST($standardWeeks AS INTEGER))
		THEN coalesce(sum(patients) FILTER (WHERE weeks_to <= CAST($standardWeeks AS INTEGER)), 0) END)::INTEGER
		AS within_18_weeks,
	(CASE WHEN bool_and(patients IS NOT NULL) FILTER (WHERE weeks_from >= CAST($longWaitWeeks AS INTEGER))
		THEN coalesce(sum(patients) FILTER (WHERE weeks_from >= CAST($longWaitWeeks AS INTEGER)), 0) END)::INTEGER
		AS over_52_weeks
FROM rtt_completed
WHERE treatment_function_code = CAST($treatmentFunction AS VARCHAR)
GROUP BY period, pathway
ORDER BY period, pathway
`;

export async function rttMonthlySummary(
	db: AnalyticsDatabase,
	{ treatmentFunction }: { treatmentFunction: string }
): Promise<RttMonthRow[]> {
	return queryRows<RttMonthRow>(db, MONTHLY_SQL, {
		standardWeeks: RTT_STANDARD_WEEKS,
		longWaitWeeks: RTT_LONG_WAIT_WEEKS,
		treatmentFunction
	});
}
