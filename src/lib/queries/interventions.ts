/** The interventions log, each row checked by the log's schema as it is read. */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import { parseInterventionRows, type Intervention } from '$lib/data/interventions';

export interface InterventionRow {
	intervention_id: string;
	date: string;
	label: string;
	scope: string;
	scope_code: string;
	kpi_ids: string;
	kind: string;
}

const INTERVENTIONS_SQL = `
	SELECT intervention_id, strftime(date, '%Y-%m-%d') AS date, label, scope, scope_code, kpi_ids, kind
	FROM interventions
	ORDER BY date, intervention_id`;

/** Every logged intervention, in date order; throws naming the row and column of a bad row. */
export async function interventionLog(db: AnalyticsDatabase): Promise<Intervention[]> {
	const rows = await queryRows<InterventionRow>(db, INTERVENTIONS_SQL);
	const { interventions, errors } = parseInterventionRows(rows, 'interventions.parquet');
	if (errors.length > 0) throw new Error(errors.join('\n'));
	return interventions;
}
