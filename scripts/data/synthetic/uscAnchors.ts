/**
 * The published months the synthetic USC referrals are calibrated to: the ICB's real USC demand
 * (patients first seen) from cancer_waiting_times, by the shared definition in
 * src/lib/queries/uscPublishedSql.ts, so the dashboard and the build count the same thing.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { bindNamedParams } from '../../../src/lib/data/namedParams';
import {
	USC_PUBLISHED_DEMAND_PARAMS,
	uscPublishedDemandSql
} from '../../../src/lib/queries/uscPublishedSql';
import { dayOfDate, monthOfDay } from './calendar';
import type { RelationOf } from './inputs';

export interface UscAnchor {
	/** Month index (calendar.ts). */
	month: number;
	/** All suspected cancers, ICB footprint; null if not published. */
	allCancers: number | null;
	/** Suspected gynaecological cancer; null where not published (before July 2024). */
	gynaecological: number | null;
}

export async function readUscAnchors(
	connection: DuckDBConnection,
	relationOf: RelationOf = (dataset) => dataset
): Promise<UscAnchor[]> {
	const { sql, values } = bindNamedParams(
		uscPublishedDemandSql(relationOf('cancer_waiting_times')),
		USC_PUBLISHED_DEMAND_PARAMS
	);
	const reader = await connection.runAndReadAll(sql, values);
	const rows = reader.getRowObjectsJS() as {
		period: Date;
		all_cancers: number | null;
		gynaecological: number | null;
	}[];
	const months = rows.map((row) => monthOfDay(dayOfDate(row.period)));
	if (new Set(months).size !== months.length) {
		throw new Error('USC demand is published at two organisation levels for one month');
	}
	return rows
		.map((row, i) => ({
			month: months[i],
			allCancers: row.all_cancers,
			gynaecological: row.gynaecological
		}))
		.filter((anchor) => anchor.allCancers !== null);
}
