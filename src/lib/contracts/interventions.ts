/**
 * The interventions log: dated changes that SPC charts mark and may be rebased at (data/README.md).
 * The same rules as the row schema the data build uses (src/lib/data/interventions.ts).
 */
import { LOCALITIES } from '$lib/data/datasets';
import { INTERVENTION_KINDS, INTERVENTION_SCOPES } from '$lib/data/interventions';
import { ICB_CODE } from '$lib/facts';
import { KPI_IDS } from '$lib/kpis/kpiIds';
import { sqlList } from './shared';
import type { DataContract } from './types';

/** The longest label a chart marker can carry (the build's row schema says the same). */
const LABEL_MAX = 120;

/** One KPI id, or several separated by semicolons (spaces around them allowed). */
const KPI_LIST_PATTERN = `(${KPI_IDS.join('|')})(\\s*;\\s*(${KPI_IDS.join('|')}))*`;

export const interventionsContract: DataContract = {
	dataset: 'interventions',
	row: 'one dated change to services',
	columns: [
		{ name: 'intervention_id', type: 'VARCHAR', required: true, meaning: 'unique id' },
		{ name: 'date', type: 'DATE', required: true, meaning: 'the day the change took effect' },
		{ name: 'label', type: 'VARCHAR', required: true, meaning: 'what changed, in a few words' },
		{
			name: 'scope',
			type: 'VARCHAR',
			required: true,
			values: INTERVENTION_SCOPES,
			meaning: 'the area the change applies to'
		},
		{ name: 'scope_code', type: 'VARCHAR', required: true, meaning: 'the ICB, locality or PCN' },
		{ name: 'kpi_ids', type: 'VARCHAR', required: true, meaning: 'the KPIs it touches' },
		{
			name: 'kind',
			type: 'VARCHAR',
			required: true,
			values: INTERVENTION_KINDS,
			meaning: 'what kind of change'
		}
	],
	key: ['intervention_id'],
	rules: [
		{
			id: 'intervention-id',
			column: 'intervention_id',
			failing: "NOT regexp_full_match(intervention_id, '[a-z0-9]+(-[a-z0-9]+)*')",
			message: 'The id must be lower-case letters, digits and single hyphens'
		},
		{
			id: 'label-length',
			column: 'label',
			failing: `length(trim(label)) > ${LABEL_MAX}`,
			message: `The label is longer than ${LABEL_MAX} characters`
		},
		{
			id: 'scope-code',
			column: 'scope_code',
			failing: `(scope = 'icb' AND scope_code <> '${ICB_CODE}')
				OR (scope = 'locality' AND scope_code NOT IN (${sqlList(LOCALITIES)}))
				OR (scope = 'pcn' AND scope_code NOT IN (SELECT pcn_code FROM pcns))`,
			message: `The scope code is not what its scope needs: ${ICB_CODE} for the ICB, a locality's name, or a PCN code`
		},
		{
			id: 'kpi-ids',
			column: 'kpi_ids',
			failing: `NOT regexp_full_match(trim(kpi_ids), '${KPI_LIST_PATTERN}')`,
			message: `Each KPI id must be one of ${KPI_IDS.join(', ')}, separated by ;`
		}
	],
	totalsSql: `SELECT CASE t.scope WHEN 'locality' THEN t.scope_code
			WHEN 'pcn' THEN (SELECT p.locality FROM pcns p WHERE p.pcn_code = t.scope_code)
			ELSE 'Whole ICB' END AS locality, t.kind AS category, count(*)::INTEGER AS n
		FROM {table} t GROUP BY ALL`,
	categoryLabel: 'kind of change'
};
