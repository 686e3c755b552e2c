/**
 * cancer_waiting_times: NHS England Cancer Waiting Times, commissioner-based, for Mid and South
 * Essex, in one tidy long table from every cwt_* file (see data/README.md for the standards).
 * Published blanks stay NULL (never 0); within/after are the published columns for the
 * standard's threshold, except the first-appointment sheets, which publish only "within 14
 * days" and later bands: after_standard there is the sum of the later bands.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryArrays } from './duckdb';
import { referencePath, sqlString } from './reference';
import {
	cwtQh8Files,
	cwtLongFile,
	type CwtSheetSpec,
	type CwtRecord
} from './cancerWaitingTimesSpec';
import { formatDay, parseDay } from './synthetic/calendar';
import { createTableFromColumns, type ColumnarTable } from './writeParquet';

export type { CwtRecord } from './cancerWaitingTimesSpec';

/** A published count: blank or '-' is not published (NULL); otherwise a whole number. */
export function parseCwtCount(cell: string | null | undefined): number | null {
	const text = (cell ?? '').trim();
	if (text === '' || text === '-') return null;
	const digits = text.replaceAll(',', '');
	if (!/^\d+$/.test(digits)) throw new Error(`Not a count: '${cell}'`);
	return Number(digits);
}

async function readSheet(connection: DuckDBConnection, file: string) {
	const lines = await queryArrays(
		connection,
		`SELECT * FROM read_csv(${sqlString(referencePath(file))},
			header = false, all_varchar = true, delim = ',', quote = '"')`
	);
	const [header, ...rows] = lines.map((line) => line.map((cell) => (cell ?? '') as string));
	const column = (name: string) => {
		const index = header.indexOf(name);
		if (index < 0) throw new Error(`${file}: no column '${name}'`);
		return index;
	};
	return { rows, column };
}

function sumOrNull(values: (number | null)[]): number | null {
	return values.some((value) => value === null)
		? null
		: values.reduce<number>((sum, value) => sum + (value as number), 0);
}

async function readQh8Sheet(
	connection: DuckDBConnection,
	spec: CwtSheetSpec
): Promise<CwtRecord[]> {
	const { rows, column } = await readSheet(connection, spec.file);
	const text = (row: string[], name: string | undefined) => (name ? row[column(name)] : null);
	return rows.map((row) => ({
		period: parseDay(spec.period),
		org_code: row[column('ODS CODE (1)')],
		org_name: row[column('INTEGRATED CARE BOARD (ICB)/COMMISSIONING HUB')],
		org_level: 'ICB',
		standard: spec.standard,
		threshold_days: spec.thresholdDays,
		referral_route: spec.route ?? normaliseRoute(text(row, spec.routeColumn)),
		cancer_type: normaliseCancerType(text(row, spec.cancerTypeColumn)),
		treatment_stage: normaliseStage(text(row, spec.stageColumn)),
		treatment_modality: normaliseModality(text(row, spec.modalityColumn)),
		total: parseCwtCount(row[column('TOTAL')]),
		within_standard: parseCwtCount(row[column(spec.withinColumn)]),
		after_standard: sumOrNull(spec.afterColumns.map((name) => parseCwtCount(row[column(name)]))),
		source_file: spec.file
	}));
}

/** 'PERIOD: JUL 2021/22' → '2021-07-01' (January–March fall in the second year). */
export function parseCwtPeriod(text: string): string {
	const match = /^PERIOD:\s+([A-Z]{3})\s+(\d{4})\/\d{2}$/.exec(text.trim());
	if (!match) throw new Error(`Unrecognised CWT period '${text}'`);
	const month = 'JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC'.indexOf(match[1]) / 3 + 1;
	const year = Number(match[2]) + (month <= 3 ? 1 : 0);
	return `${year}-${String(month).padStart(2, '0')}-01`;
}

async function readLongFile(connection: DuckDBConnection): Promise<CwtRecord[]> {
	const { rows, column } = await readSheet(connection, cwtLongFile.file);
	return rows.map((row) => {
		const sheet = row[column('sheet')];
		const spec = cwtLongFile.sheets[sheet];
		if (!spec) throw new Error(`${cwtLongFile.file}: unknown sheet '${sheet}'`);
		const orgCode = row[column('org_code')];
		return {
			period: parseDay(parseCwtPeriod(row[column('period')])),
			org_code: orgCode,
			org_name: row[column('org_name')],
			org_level: orgCode.startsWith('Q') ? 'ICB' : 'CCG',
			standard: spec.standard,
			threshold_days: spec.thresholdDays,
			referral_route: spec.route ?? null,
			cancer_type: spec.cancerTypeInRow ? normaliseCancerType(row[column('type_or_route')]) : null,
			treatment_stage: spec.stage ?? null,
			treatment_modality: spec.modality ?? null,
			total: parseCwtCount(row[column('TOTAL')]),
			within_standard: parseCwtCount(row[column('WITHIN')]),
			after_standard: parseCwtCount(row[column('AFTER')]),
			source_file: cwtLongFile.file
		};
	});
}

const ROUTES: Record<string, string> = {
	'ALL ROUTES': 'all_routes',
	'URGENT SUSPECTED CANCER': 'urgent_suspected_cancer',
	'NATIONAL SCREENING PROGRAMME': 'screening',
	SCREENING: 'screening',
	'BREAST SYMPTOMATIC, CANCER NOT SUSPECTED': 'breast_symptomatic',
	'BREAST SYMPTOMATIC': 'breast_symptomatic',
	'CONSULTANT UPGRADE': 'consultant_upgrade'
};

function normaliseRoute(text: string | null): string | null {
	if (text === null) return null;
	const route = ROUTES[text.trim().toUpperCase()];
	if (!route) throw new Error(`Unknown CWT referral route '${text}'`);
	return route;
}

/** "All cancers" rows have no breakdown: NULL. Other labels are kept as published. */
function normaliseCancerType(text: string | null): string | null {
	if (text === null || /^ALL (SUSPECTED )?CANCERS?$/i.test(text.trim())) return null;
	return text.trim();
}

function normaliseStage(text: string | null): string | null {
	if (text === null) return null;
	const stage = {
		'ALL STAGES': 'all',
		'FIRST TREATMENT': 'first',
		'SUBSEQUENT TREATMENT': 'subsequent'
	}[text.trim().toUpperCase()];
	if (!stage) throw new Error(`Unknown CWT treatment stage '${text}'`);
	return stage;
}

function normaliseModality(text: string | null): string | null {
	return text === null ? null : text.trim();
}

export async function readCancerWaitingTimes(connection: DuckDBConnection): Promise<CwtRecord[]> {
	const records = await readLongFile(connection);
	for (const spec of cwtQh8Files) records.push(...(await readQh8Sheet(connection, spec)));
	return records;
}

export function cancerWaitingTimesTable(records: CwtRecord[]): ColumnarTable {
	const column = <K extends keyof CwtRecord>(name: K, type: 'INTEGER' | 'DATE' | 'VARCHAR') => ({
		name,
		type,
		value: (i: number) => records[i][name]
	});
	return {
		name: 'cancer_waiting_times',
		rowCount: records.length,
		columns: [
			column('period', 'DATE'),
			column('org_code', 'VARCHAR'),
			column('org_name', 'VARCHAR'),
			column('org_level', 'VARCHAR'),
			column('standard', 'VARCHAR'),
			column('threshold_days', 'INTEGER'),
			column('referral_route', 'VARCHAR'),
			column('cancer_type', 'VARCHAR'),
			column('treatment_stage', 'VARCHAR'),
			column('treatment_modality', 'VARCHAR'),
			column('total', 'INTEGER'),
			column('within_standard', 'INTEGER'),
			column('after_standard', 'INTEGER'),
			column('source_file', 'VARCHAR')
		]
	};
}

/** Creates the cancer_waiting_times table and gives its vintage (the months it covers). */
export async function buildCancerWaitingTimes(connection: DuckDBConnection): Promise<string> {
	const records = await readCancerWaitingTimes(connection);
	await createTableFromColumns(connection, cancerWaitingTimesTable(records));
	const months = [...new Set(records.map((record) => formatDay(record.period)))].sort();
	return months
		.map((day) =>
			new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
				month: 'short',
				year: 'numeric',
				timeZone: 'UTC'
			})
		)
		.join(', ');
}
