/**
 * Builds the synthetic tables (hubs, interventions, larc_requests, pessary_activity, and the service tables) from the real tables already
 * in the connection. The generators are pure; this module only feeds them and stores their rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { createTableFromColumns } from '../writeParquet';
import { generateLarcRequests } from './larc';
import { planHubs } from './hubs';
import { interventionsFromHubs } from './interventions';
import { readSyntheticInputs } from './inputs';
import { generatePessaryEpisodes } from './pessary';
import { buildServiceTables } from './servicesBuild';
import { hubsTable, interventionsTable, larcRequestsTable, pessaryActivityTable } from './tables';

export interface SyntheticBuildOptions {
	seed: number;
	endMonth: number;
	rows: number | undefined;
}

export async function buildSyntheticTables(
	connection: DuckDBConnection,
	options: SyntheticBuildOptions
): Promise<void> {
	const inputs = await readSyntheticInputs(connection);
	const hubs = planHubs(options.seed, inputs);
	await createTableFromColumns(connection, hubsTable(hubs));
	await createTableFromColumns(
		connection,
		interventionsTable(interventionsFromHubs(hubs, inputs.pcns))
	);
	const larc = generateLarcRequests(inputs, hubs, {
		seed: options.seed,
		endMonth: options.endMonth,
		targetRows: options.rows
	});
	await createTableFromColumns(connection, larcRequestsTable(larc, inputs));
	const pessary = generatePessaryEpisodes(inputs, hubs, {
		seed: options.seed,
		endMonth: options.endMonth
	});
	await createTableFromColumns(connection, pessaryActivityTable(pessary, inputs));
	await buildServiceTables(connection, options, inputs, hubs);
}
