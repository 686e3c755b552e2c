/**
 * Checks of the synthetic LARC data against what it is calibrated to, in SQL over the built
 * tables (during the build) or the published Parquet files (in tests).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from './duckdb';
import { formatDay, monthEndDay, monthStartDay } from './synthetic/calendar';
import type { RelationOf } from './synthetic/inputs';

export interface LarcCalibration {
	/** Estimated women aged 15–44 (the OHID 92254 denominator). */
	women15to44: number;
	/** Contraceptive LARC fits in the 12 months to the end month per 1,000 women aged 15–44. */
	contraceptiveFitsPer1000: number;
	/** All LARC fits (both reasons) in those 12 months per 1,000 women aged 15–44. */
	allFitsPer1000: number;
	/** Gynaecological fits in those 12 months per 1,000 women aged 35–54. */
	gynaeFitsPer1000Women35to54: number;
}

export async function larcCalibration(
	connection: DuckDBConnection,
	relationOf: RelationOf,
	endMonth: number
): Promise<LarcCalibration> {
	const from = formatDay(monthStartDay(endMonth - 11));
	const to = formatDay(monthEndDay(endMonth));
	const [row] = await queryRows<LarcCalibration>(
		connection,
		`WITH women AS (
			SELECT
				sum(women) FILTER (WHERE age_band IN ('15-24', '25-34', '35-44')) AS w15to44,
				sum(women) FILTER (WHERE age_band IN ('35-44', '45-54')) AS w35to54
			FROM ${relationOf('population_female_lsoa')}
		),
		fits AS (
			SELECT
				count(*) FILTER (WHERE reason = 'contraceptive') AS contraceptive,
				count(*) FILTER (WHERE reason = 'gynaecological') AS gynaecological,
				count(*) AS all_fits
			FROM ${relationOf('larc_requests')}
			WHERE fit_date BETWEEN DATE '${from}' AND DATE '${to}'
		)
		SELECT
			w15to44 AS "women15to44",
			1000 * contraceptive / w15to44 AS "contraceptiveFitsPer1000",
			1000 * all_fits / w15to44 AS "allFitsPer1000",
			1000 * gynaecological / w35to54 AS "gynaeFitsPer1000Women35to54"
		FROM women, fits`
	);
	return row;
}

export interface WaitingCount {
	reason: string;
	/** Whether the requesting PCN joins its hub pathway at all (hubs.pcn_start_date not NULL). */
	on_hub_pathway: boolean;
	waiting: number;
}

/** Requests made by `day` and neither fitted nor removed by it, by reason and hub pathway. */
export async function larcWaitingOn(
	connection: DuckDBConnection,
	relationOf: RelationOf,
	day: number
): Promise<WaitingCount[]> {
	const date = `DATE '${formatDay(day)}'`;
	return queryRows<WaitingCount>(
		connection,
		`SELECT larc.reason,
			(hubs.pcn_start_date IS NOT NULL) AS on_hub_pathway,
			CAST(count(*) AS INTEGER) AS waiting
		FROM ${relationOf('larc_requests')} AS larc
		JOIN ${relationOf('hubs')} AS hubs USING (pcn_code)
		WHERE larc.request_date <= ${date}
			AND (larc.fit_date IS NULL OR larc.fit_date > ${date})
			AND (larc.removal_date IS NULL OR larc.removal_date > ${date})
		GROUP BY ALL
		ORDER BY ALL`
	);
}
