/**
 * Builds the service tables: service_catalogue from data/service_catalogue.csv (configuration,
 * checked against its contract), the modelled women registered with each PCN by age band, and
 * the synthetic service_offers and workforce. The generated rows pass the same contracts
 * (src/lib/data/serviceContracts.ts) an uploaded replacement would.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { AGE_BANDS } from '../../../src/lib/data/datasets';
import {
	parseCatalogue,
	parseOffers,
	parseWorkforce,
	type CatalogueRow,
	type RawRecord
} from '../../../src/lib/data/serviceContracts';
import { queryRows } from '../duckdb';
import { REPO_ROOT, sqlString } from '../reference';
import { createTableFromColumns, type ColumnarTable } from '../writeParquet';
import { formatDay, formatMonth, monthEndDay, monthStartDay } from './calendar';
import { buildCatchment, perPcn } from './catchment';
import type { HubPcnRow } from './hubs';
import type { SyntheticInputs } from './inputs';
import { generateServiceOffers, type ServiceOfferRecord } from './serviceOffers';
import { generateWorkforce, type WorkforceRecord } from './workforce';

export const SERVICE_CATALOGUE_FILE = 'data/service_catalogue.csv';

export async function readServiceCatalogue(connection: DuckDBConnection): Promise<CatalogueRow[]> {
	const records = await queryRows<RawRecord>(
		connection,
		`SELECT * FROM read_csv(${sqlString(`${REPO_ROOT}${SERVICE_CATALOGUE_FILE}`)},
			header = true, all_varchar = true)`
	);
	return parseCatalogue(SERVICE_CATALOGUE_FILE, records);
}

function catalogueTable(rows: CatalogueRow[]): ColumnarTable {
	const text = (name: keyof CatalogueRow) => ({
		name,
		type: 'VARCHAR' as const,
		value: (i: number) => rows[i][name] as string | null
	});
	return {
		name: 'service_catalogue',
		rowCount: rows.length,
		columns: [
			text('service_code'),
			{ name: 'display_order', type: 'INTEGER', value: (i) => i + 1 },
			text('label'),
			text('short_label'),
			text('scope'),
			{ name: 'phase', type: 'INTEGER', value: (i) => rows[i].phase },
			text('parent_service_code'),
			text('age_band_from'),
			text('age_band_to'),
			text('source')
		]
	};
}

/** Women registered with each PCN by age band: the LSOA estimates shared out by registration. */
export function pcnWomenByBand(inputs: SyntheticInputs): number[][] {
	const catchment = buildCatchment(inputs.lsoas, inputs.practices);
	const pcnIndex = new Map(inputs.pcns.map((pcn, index) => [pcn.code, index]));
	const pcnOfPractice = Int32Array.from(inputs.practices, (p) => pcnIndex.get(p.pcnCode)!);
	const byBand = AGE_BANDS.map((_, band) =>
		perPcn(catchment, pcnOfPractice, inputs.pcns.length, (l) => inputs.lsoas[l].women[band])
	);
	return inputs.pcns.map((_, pcn) => AGE_BANDS.map((_, band) => byBand[band][pcn]));
}

function pcnPopulationTable(inputs: SyntheticInputs, women: number[][]): ColumnarTable {
	const count = inputs.pcns.length * AGE_BANDS.length;
	const pcn = (i: number) => Math.floor(i / AGE_BANDS.length);
	const band = (i: number) => i % AGE_BANDS.length;
	return {
		name: 'population_female_pcn',
		rowCount: count,
		columns: [
			{ name: 'pcn_code', type: 'VARCHAR', value: (i) => inputs.pcns[pcn(i)].code },
			{ name: 'age_band', type: 'VARCHAR', value: (i) => AGE_BANDS[band(i)] },
			{ name: 'women', type: 'DOUBLE', value: (i) => women[pcn(i)][band(i)] }
		]
	};
}

function offersTable(rows: readonly ServiceOfferRecord[]): ColumnarTable {
	const text = (name: Exclude<keyof ServiceOfferRecord, 'start_date'>) => ({
		name,
		type: 'VARCHAR' as const,
		value: (i: number) => rows[i][name]
	});
	return {
		name: 'service_offers',
		rowCount: rows.length,
		columns: [
			text('pcn_code'),
			text('site_code'),
			text('service_code'),
			text('level'),
			{ name: 'start_date', type: 'DATE', value: (i) => rows[i].start_date },
			text('provider'),
			text('clinician_types')
		]
	};
}

function workforceTable(rows: readonly WorkforceRecord[]): ColumnarTable {
	const count = (name: 'clinicians_current' | 'completions' | 'planned_completions') => ({
		name,
		type: 'INTEGER' as const,
		value: (i: number) => rows[i][name]
	});
	return {
		name: 'workforce',
		rowCount: rows.length,
		columns: [
			{ name: 'month', type: 'DATE', value: (i) => monthStartDay(rows[i].month) },
			{ name: 'pcn_code', type: 'VARCHAR', value: (i) => rows[i].pcn_code },
			{ name: 'skill', type: 'VARCHAR', value: (i) => rows[i].skill },
			count('clinicians_current'),
			count('completions'),
			count('planned_completions')
		]
	};
}

/** The generated rows as the text cells of a CSV, so they pass the upload contract. */
const asRecord = (row: object): RawRecord =>
	Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)]));

export async function buildServiceTables(
	connection: DuckDBConnection,
	options: { seed: number; endMonth: number },
	inputs: SyntheticInputs,
	hubs: readonly HubPcnRow[]
): Promise<void> {
	const catalogue = await readServiceCatalogue(connection);
	await createTableFromColumns(connection, catalogueTable(catalogue));
	const women = pcnWomenByBand(inputs);
	await createTableFromColumns(connection, pcnPopulationTable(inputs, women));

	const practices = await queryRows<{ code: string }>(
		connection,
		'SELECT practice_code AS code FROM practices'
	);
	const known = {
		services: new Set(catalogue.map((row) => row.service_code)),
		pcns: new Set(inputs.pcns.map((pcn) => pcn.code)),
		practices: new Set(practices.map((p) => p.code))
	};
	const endDay = monthEndDay(options.endMonth);
	const offers = generateServiceOffers(options.seed, inputs, hubs, catalogue, endDay);
	parseOffers(
		'service_offers (generated)',
		offers.map((row) => asRecord({ ...row, start_date: formatDay(row.start_date) })),
		known
	);
	await createTableFromColumns(connection, offersTable(offers));

	const workforce = generateWorkforce(options.seed, inputs, hubs, women, options.endMonth);
	parseWorkforce(
		'workforce (generated)',
		workforce.map((row) => asRecord({ ...row, month: `${formatMonth(row.month)}-01` })),
		known
	);
	await createTableFromColumns(connection, workforceTable(workforce));
}
