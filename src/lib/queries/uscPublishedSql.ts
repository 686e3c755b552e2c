/**
 * What counts as published urgent suspected cancer (USC, formerly two-week wait) demand: patients
 * first seen after a USC referral, from the real Cancer Waiting Times rows. One definition,
 * shared by the dashboard (uscPublished.ts) and the data build, which calibrates the synthetic
 * usc_referrals extract to these totals (scripts/data/synthetic/uscAnchors.ts). No imports, so
 * that the build can run it without the app's path aliases.
 *
 * - Until September 2023 the measure is the two-week wait ("TWO WEEK WAIT-ALL CANCER", all
 *   suspected cancers in one row); from October 2023 USC referral to first appointment,
 *   published by suspected cancer only, so all cancers are the sum of the types.
 * - July 2021 is published by the five former CCGs, whose areas make up the ICB: they are summed.
 * - A month with any total not published gives NULL ("not published"), never 0.
 */

/** The cancer_type of suspected gynaecological cancer in the FDS and first-appointment rows. */
export const SUSPECTED_GYNAE_CANCER = 'Suspected gynaecological cancer';
/** The cancer_type of gynaecological cancer in the 31- and 62-day treatment rows. */
export const GYNAE_CANCER_TREATED = 'Gynaecological';

/** The named parameters of uscPublishedDemandSql. */
export const USC_PUBLISHED_DEMAND_PARAMS = { gynaeCancerType: SUSPECTED_GYNAE_CANCER } as const;

/**
 * One row per month (and organisation level): period, measure, org_level, organisations,
 * all_cancers, gynaecological. Takes USC_PUBLISHED_DEMAND_PARAMS. `relation` is a table name or
 * read_parquet(...) written by code, never user input.
 */
export function uscPublishedDemandSql(relation: string): string {
	return `
WITH usc AS (
	SELECT period, standard, org_level, org_code, cancer_type, total
	FROM ${relation}
	WHERE referral_route = 'urgent_suspected_cancer'
		AND standard IN ('two_week_wait', 'usc_first_appointment')
		AND treatment_modality IS NULL
)
SELECT period, standard AS measure, org_level,
	count(DISTINCT org_code)::INTEGER AS organisations,
	(CASE WHEN bool_or(cancer_type IS NULL)
		THEN CASE WHEN bool_and(total IS NOT NULL) FILTER (WHERE cancer_type IS NULL)
			THEN sum(total) FILTER (WHERE cancer_type IS NULL) END
		ELSE CASE WHEN bool_and(total IS NOT NULL) THEN sum(total) END
	END)::INTEGER AS all_cancers,
	(CASE WHEN bool_and(total IS NOT NULL) FILTER (WHERE cancer_type = CAST($gynaeCancerType AS VARCHAR))
		THEN sum(total) FILTER (WHERE cancer_type = CAST($gynaeCancerType AS VARCHAR)) END)::INTEGER AS gynaecological
FROM usc
GROUP BY period, standard, org_level
ORDER BY period, org_level
`;
}
