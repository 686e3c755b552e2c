/**
 * site_lsoa_minutes: the travel-time matrix as the data contract a real one can replace (site,
 * LSOA, mode, minutes, source). Here every row is modelled by car from the LSOA's travel origin
 * (access_lsoa) with the default constants (src/lib/facts.ts); a routed matrix (DfT journey time
 * statistics, or the ICB's own routing) would bring its own rows and source.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { TRAVEL_MODEL_DEFAULTS } from '../../../src/lib/facts';
import {
	MODELLED_SOURCE,
	modelledMinutesMatrix,
	type RuralUrban
} from '../../../src/lib/stats/travelTime';
import { queryRows } from '../duckdb';
import { createTableFromColumns } from '../writeParquet';

export async function buildSiteLsoaMinutes(connection: DuckDBConnection): Promise<void> {
	const origins = await queryRows<{
		code: string;
		lat: number;
		lon: number;
		ruralUrban: RuralUrban;
	}>(
		connection,
		`SELECT a.lsoa21_code AS code, a.origin_lat AS lat, a.origin_lon AS lon,
			g.ruc21_class AS "ruralUrban"
		FROM access_lsoa AS a JOIN geography_lsoa AS g USING (lsoa21_code) ORDER BY 1`
	);
	const sites = await queryRows<{ id: string; lat: number; lon: number }>(
		connection,
		`SELECT site_id AS id, lat, lon FROM sites ORDER BY 1`
	);
	const minutes = modelledMinutesMatrix(origins, sites, TRAVEL_MODEL_DEFAULTS);
	const n = origins.length;
	await createTableFromColumns(connection, {
		name: 'site_lsoa_minutes',
		rowCount: minutes.length,
		columns: [
			{ name: 'site_id', type: 'VARCHAR', value: (i) => sites[Math.floor(i / n)].id },
			{ name: 'lsoa21_code', type: 'VARCHAR', value: (i) => origins[i % n].code },
			{ name: 'mode', type: 'VARCHAR', value: () => 'car' },
			{ name: 'minutes', type: 'DOUBLE', value: (i) => minutes[i] },
			{ name: 'source', type: 'VARCHAR', value: () => MODELLED_SOURCE }
		]
	});
}
