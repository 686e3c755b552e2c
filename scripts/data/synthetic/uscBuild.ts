/**
 * Builds the synthetic usc_referrals table: reads the real inputs and the published USC demand
 * already in the connection (so it runs after buildCancerWaitingTimes), generates, and stores.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnarTable } from '../writeParquet';
import { createTableFromColumns } from '../writeParquet';
import { monthStartDay } from './calendar';
import { readSyntheticInputs, type SyntheticInputs } from './inputs';
import { USC_SUSPECTED_CANCERS } from './uscAssumptions';
import { readUscAnchors } from './uscAnchors';
import { generateUscReferrals, type UscOptions, type UscReferrals } from './uscReferrals';

export function uscReferralsTable(usc: UscReferrals, inputs: SyntheticInputs): ColumnarTable {
	const pcn = (i: number) => inputs.pcns[usc.pcn[i]];
	return {
		name: 'usc_referrals',
		rowCount: usc.count,
		columns: [
			{ name: 'month', type: 'DATE', value: (i) => monthStartDay(usc.month[i]) },
			{ name: 'pcn_code', type: 'VARCHAR', value: (i) => pcn(i).code },
			{ name: 'locality', type: 'VARCHAR', value: (i) => pcn(i).locality },
			{
				name: 'suspected_cancer',
				type: 'VARCHAR',
				value: (i) => USC_SUSPECTED_CANCERS[usc.cancer[i]]
			},
			{ name: 'referrals', type: 'INTEGER', value: (i) => usc.referrals[i] },
			{ name: 'women_registered', type: 'DOUBLE', value: (i) => usc.pcnWomen[usc.pcn[i]] }
		]
	};
}

export async function buildUscReferrals(
	connection: DuckDBConnection,
	options: UscOptions
): Promise<void> {
	const inputs = await readSyntheticInputs(connection);
	const anchors = await readUscAnchors(connection);
	const usc = generateUscReferrals(inputs, anchors, options);
	await createTableFromColumns(connection, uscReferralsTable(usc, inputs));
}
