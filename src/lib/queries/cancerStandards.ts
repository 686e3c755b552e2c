/**
 * Published cancer waiting-time performance for Mid and South Essex (real Cancer Waiting Times,
 * commissioner-based): for each measure, patients and patients within the standard by month.
 * July 2021 is published by the five former CCGs, whose areas make up the ICB, so they are summed;
 * a month with any count not published gives NULL ("not published"), never 0.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { CancerChoice } from './cancerChoice';
import { GYNAE_CANCER_TREATED, SUSPECTED_GYNAE_CANCER } from './uscPublishedSql';

export type CwtStandard = 'faster_diagnosis_28d' | 'treatment_62d';

/**
 * Since 1 October 2023 the 62-day standard covers all routes combined; before, the standard was
 * measured on urgent GP (two-week wait) referrals (reference_constants.json
 * cancer_waiting_times.effective_from; NHS England cancer waiting times standards review).
 */
export const CWT_STANDARDS_CHANGE = '2023-10-01';

export interface CwtMeasure {
	key: string;
	label: string;
	standard: CwtStandard;
	/** referral_route before CWT_STANDARDS_CHANGE … */
	routeBefore: string;
	/** … and from it. */
	routeFrom: string;
	/** As published; null = all cancers (no breakdown). */
	cancerType: string | null;
}

/** What each card shows for each choice of cancer. */
export const CWT_MEASURES: Record<CwtStandard, Record<CancerChoice, CwtMeasure[]>> = {
	faster_diagnosis_28d: {
		gynaecological: [
			{
				key: 'fds-gynae-usc',
				label: 'Suspected gynaecological cancer, urgent suspected cancer route',
				standard: 'faster_diagnosis_28d',
				routeBefore: 'urgent_suspected_cancer',
				routeFrom: 'urgent_suspected_cancer',
				cancerType: SUSPECTED_GYNAE_CANCER
			},
			{
				key: 'fds-gynae-screening',
				label: 'Suspected gynaecological cancer, screening route',
				standard: 'faster_diagnosis_28d',
				routeBefore: 'screening',
				routeFrom: 'screening',
				cancerType: SUSPECTED_GYNAE_CANCER
			}
		],
		all: [
			{
				key: 'fds-all',
				label: 'All cancers, all routes',
				standard: 'faster_diagnosis_28d',
				routeBefore: 'all_routes',
				routeFrom: 'all_routes',
				cancerType: null
			}
		]
	},
	treatment_62d: {
		gynaecological: [
			{
				key: '62d-gynae-all',
				label: 'Gynaecological cancer, all routes',
				standard: 'treatment_62d',
				routeBefore: 'urgent_suspected_cancer',
				routeFrom: 'all_routes',
				cancerType: GYNAE_CANCER_TREATED
			},
			{
				key: '62d-gynae-usc',
				label: 'Gynaecological cancer, urgent suspected cancer route',
				standard: 'treatment_62d',
				routeBefore: 'urgent_suspected_cancer',
				routeFrom: 'urgent_suspected_cancer',
				cancerType: GYNAE_CANCER_TREATED
			}
		],
		all: [
			{
				key: '62d-all',
				label:
					'All cancers, the standard’s routes (urgent GP referral to Sep 2023, all routes from Oct 2023)',
				standard: 'treatment_62d',
				routeBefore: 'urgent_suspected_cancer',
				routeFrom: 'all_routes',
				cancerType: null
			}
		]
	}
};

export interface CwtPerformanceRow {
	/** First day of the month reported. */
	period: string;
	referral_route: string;
	/** 'CCG' (summed over the five former CCGs) or 'ICB'. */
	org_level: string;
	organisations: number;
	/** null = not published. */
	total: number | null;
	within_standard: number | null;
}

const PERFORMANCE_SQL = `
SELECT period, referral_route, org_level, count(DISTINCT org_code)::INTEGER AS organisations,
	(CASE WHEN bool_and(total IS NOT NULL) THEN sum(total) END)::INTEGER AS total,
	(CASE WHEN bool_and(within_standard IS NOT NULL) THEN sum(within_standard) END)::INTEGER
		AS within_standard
FROM cancer_waiting_times
WHERE standard = CAST($standard AS VARCHAR)
	AND referral_route = CASE WHEN period < CAST($standardsChange AS DATE)
		THEN CAST($routeBefore AS VARCHAR) ELSE CAST($routeFrom AS VARCHAR) END
	AND (CASE WHEN CAST($cancerType AS VARCHAR) IS NULL THEN cancer_type IS NULL
		ELSE cancer_type = CAST($cancerType AS VARCHAR) END)
	AND treatment_modality IS NULL
	AND treatment_stage IS NULL
GROUP BY period, referral_route, org_level
ORDER BY period, org_level
`;

/** One row per month the measure is published in. */
export async function cancerStandardPerformance(
	db: AnalyticsDatabase,
	{ measure }: { measure: CwtMeasure }
): Promise<CwtPerformanceRow[]> {
	return queryRows<CwtPerformanceRow>(db, PERFORMANCE_SQL, {
		standard: measure.standard,
		standardsChange: CWT_STANDARDS_CHANGE,
		routeBefore: measure.routeBefore,
		routeFrom: measure.routeFrom,
		cancerType: measure.cancerType
	});
}
