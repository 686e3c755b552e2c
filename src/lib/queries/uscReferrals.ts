/**
 * Synthetic urgent suspected cancer referrals (usc_referrals): monthly ICB totals and totals by
 * PCN over a period, each with the estimated women registered (the rate denominator). The
 * extract's ICB totals equal the published ones in the months published (data/README.md).
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { Period } from '$lib/data/datasets';
import type { CancerChoice } from './cancerChoice';

/**
 * One row per PCN and month for the chosen cancer ('all' = gynaecological + other). Takes
 * chosenParams.
 */
const CHOSEN_CTE = `
chosen AS (
	SELECT month, pcn_code, locality, sum(referrals) AS referrals,
		any_value(women_registered) AS women_registered
	FROM usc_referrals
	WHERE (CAST($cancer AS VARCHAR) = 'all' OR suspected_cancer = CAST($cancer AS VARCHAR))
		AND month BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
	GROUP BY month, pcn_code, locality
)`;

export interface UscReferralsArgs {
	cancer: CancerChoice;
	period: Period;
}

/** The parameters CHOSEN_CTE names. */
type ChosenParams = { cancer: CancerChoice; from: string; to: string };

function chosenParams({ cancer, period }: UscReferralsArgs): ChosenParams {
	return { cancer, from: period.from, to: period.to };
}

export interface UscMonthRow {
	/** First day of the month. */
	month: string;
	referrals: number;
	/** Estimated women registered with the ICB's PCNs (modelled, unrounded). */
	women_registered: number;
}

const MONTHLY_SQL = `
WITH ${CHOSEN_CTE}
SELECT month, sum(referrals)::INTEGER AS referrals, sum(women_registered)::DOUBLE AS women_registered
FROM chosen
GROUP BY month
ORDER BY month
`;

export async function uscMonthlyReferrals(
	db: AnalyticsDatabase,
	args: UscReferralsArgs
): Promise<UscMonthRow[]> {
	return queryRows<UscMonthRow>(db, MONTHLY_SQL, chosenParams(args));
}

export interface UscPcnRow {
	pcn_code: string;
	/** From the pcns table; null if the PCN is not listed there. */
	pcn_name: string | null;
	locality: string;
	referrals: number;
	women_registered: number;
	/** Months of data in the period. */
	months: number;
}

const BY_PCN_SQL = `
WITH ${CHOSEN_CTE}
SELECT c.pcn_code, p.pcn_name, c.locality, sum(c.referrals)::INTEGER AS referrals,
	any_value(c.women_registered)::DOUBLE AS women_registered,
	count(DISTINCT c.month)::INTEGER AS months
FROM chosen c
LEFT JOIN pcns p ON p.pcn_code = c.pcn_code
GROUP BY c.pcn_code, p.pcn_name, c.locality
ORDER BY c.pcn_code
`;

export async function uscReferralsByPcn(
	db: AnalyticsDatabase,
	args: UscReferralsArgs
): Promise<UscPcnRow[]> {
	return queryRows<UscPcnRow>(db, BY_PCN_SQL, chosenParams(args));
}
