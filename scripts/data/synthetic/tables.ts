/**
 * The synthetic datasets as tables: column names and types exactly as the dashboard queries them
 * (data/README.md). Codes are looked up from the generators' indices here, once.
 */
import {
	AGE_BANDS,
	CARE_SETTINGS,
	GYNAE_SUB_REASONS,
	LARC_REASONS
} from '../../../src/lib/data/datasets';
import type { Column, ColumnarTable } from '../writeParquet';
import { parseDay } from './calendar';
import { NO_DAY } from './demand';
import type { HubPcnRow } from './hubs';
import type { InterventionRecord } from './interventions';
import type { SyntheticInputs } from './inputs';
import { REMOVAL_REASONS } from './larcAssumptions';
import type { LarcRequests } from './larcLog';
import { EPISODE_TYPES, type PessaryEpisodes } from './pessary';

const dayOrNull = (day: number) => (day === NO_DAY ? null : day);
const labelOrNull = (labels: readonly string[], index: number) =>
	index < 0 ? null : labels[index];

/** The columns every synthetic activity table shares: who, where and which practice. */
function personColumns(
	inputs: SyntheticInputs,
	rows: { practice: Int32Array; lsoa: Int32Array; ageBand: Int8Array }
): Column[] {
	return [
		{
			name: 'practice_code',
			type: 'VARCHAR',
			value: (i) => inputs.practices[rows.practice[i]].code
		},
		{ name: 'pcn_code', type: 'VARCHAR', value: (i) => inputs.practices[rows.practice[i]].pcnCode },
		{ name: 'lsoa21_code', type: 'VARCHAR', value: (i) => inputs.lsoas[rows.lsoa[i]].code },
		{ name: 'age_band', type: 'VARCHAR', value: (i) => AGE_BANDS[rows.ageBand[i]] }
	];
}

export function larcRequestsTable(requests: LarcRequests, inputs: SyntheticInputs): ColumnarTable {
	return {
		name: 'larc_requests',
		rowCount: requests.count,
		columns: [
			{ name: 'request_id', type: 'INTEGER', value: (i) => i + 1 },
			...personColumns(inputs, requests),
			{ name: 'reason', type: 'VARCHAR', value: (i) => LARC_REASONS[requests.reason[i]] },
			{
				name: 'gynae_sub_reason',
				type: 'VARCHAR',
				value: (i) => labelOrNull(GYNAE_SUB_REASONS, requests.subReason[i])
			},
			{ name: 'request_date', type: 'DATE', value: (i) => requests.requestDay[i] },
			{ name: 'fit_date', type: 'DATE', value: (i) => dayOrNull(requests.fitDay[i]) },
			{ name: 'setting', type: 'VARCHAR', value: (i) => CARE_SETTINGS[requests.setting[i]] },
			{ name: 'removal_date', type: 'DATE', value: (i) => dayOrNull(requests.removalDay[i]) },
			{
				name: 'removal_reason',
				type: 'VARCHAR',
				value: (i) => labelOrNull(REMOVAL_REASONS, requests.removalReason[i])
			}
		]
	};
}

export function pessaryActivityTable(
	episodes: PessaryEpisodes,
	inputs: SyntheticInputs
): ColumnarTable {
	return {
		name: 'pessary_activity',
		rowCount: episodes.count,
		columns: [
			{ name: 'episode_id', type: 'INTEGER', value: (i) => i + 1 },
			...personColumns(inputs, episodes),
			{
				name: 'episode_type',
				type: 'VARCHAR',
				value: (i) => EPISODE_TYPES[episodes.episodeType[i]]
			},
			{ name: 'due_date', type: 'DATE', value: (i) => episodes.dueDay[i] },
			{ name: 'done_date', type: 'DATE', value: (i) => dayOrNull(episodes.doneDay[i]) },
			{ name: 'setting', type: 'VARCHAR', value: (i) => CARE_SETTINGS[episodes.setting[i]] }
		]
	};
}

export function hubsTable(rows: HubPcnRow[]): ColumnarTable {
	return {
		name: 'hubs',
		rowCount: rows.length,
		columns: [
			{ name: 'locality', type: 'VARCHAR', value: (i) => rows[i].locality },
			{ name: 'hub_name', type: 'VARCHAR', value: (i) => rows[i].hub_name },
			{ name: 'host_practice_code', type: 'VARCHAR', value: (i) => rows[i].host_practice_code },
			{ name: 'lat', type: 'DOUBLE', value: (i) => rows[i].lat },
			{ name: 'lon', type: 'DOUBLE', value: (i) => rows[i].lon },
			{ name: 'open_date', type: 'DATE', value: (i) => rows[i].open_date },
			{ name: 'pcn_code', type: 'VARCHAR', value: (i) => rows[i].pcn_code },
			{ name: 'pcn_start_date', type: 'DATE', value: (i) => rows[i].pcn_start_date }
		]
	};
}

export function interventionsTable(rows: InterventionRecord[]): ColumnarTable {
	const text = (name: keyof InterventionRecord): Column => ({
		name,
		type: 'VARCHAR',
		value: (i) => rows[i][name]
	});
	return {
		name: 'interventions',
		rowCount: rows.length,
		columns: [
			text('intervention_id'),
			{ name: 'date', type: 'DATE', value: (i) => parseDay(rows[i].date) },
			text('label'),
			text('scope'),
			text('scope_code'),
			text('kpi_ids'),
			text('kind')
		]
	};
}
