/**
 * interventions (synthetic, from the hubs plan): the log the SPC charts mark, seeded from the dates
 * the hubs plan models — phase one beginning across the ICB on the first opening, each locality's
 * hub opening, and each PCN starting gynaecological LARC as a spoke. Every row passes the same
 * schema an uploaded log will (src/lib/data/interventions.ts).
 */
import type { KpiId } from '../../../src/lib/kpis/kpiIds';
import { ICB_CODE } from '../../../src/lib/facts';
import { KPI_ID_SEPARATOR, parseInterventionRows } from '../../../src/lib/data/interventions';
import { formatDay } from './calendar';
import type { HubPcnRow } from './hubs';
import type { PcnInput } from './inputs';

/** Phase one moves gynaecological LARC and ring pessary care out of hospital (MSE strategy). */
const PHASE_ONE_KPIS: readonly KpiId[] = [
	'gynae_larc_waiting',
	'gynae_larc_within_target',
	'gynae_larc_community_share',
	'pessary_changes_overdue'
];

export interface InterventionRecord {
	intervention_id: string;
	date: string;
	label: string;
	scope: string;
	scope_code: string;
	kpi_ids: string;
	kind: string;
}

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

function record(
	kind: string,
	scope: string,
	scopeCode: string,
	day: number,
	label: string
): InterventionRecord {
	const date = formatDay(day);
	return {
		intervention_id: slug(`${kind} ${scopeCode} ${date}`),
		date,
		label,
		scope,
		scope_code: scopeCode,
		kpi_ids: PHASE_ONE_KPIS.join(KPI_ID_SEPARATOR),
		kind
	};
}

/** The log in date order; throws, naming row and column, if a row breaks the schema. */
export function interventionsFromHubs(
	hubs: readonly HubPcnRow[],
	pcns: readonly PcnInput[]
): InterventionRecord[] {
	const pcnName = new Map(pcns.map((p) => [p.code, p.name]));
	const openings = new Map(hubs.map((h) => [h.locality, h]));
	const first = Math.min(...hubs.map((h) => h.open_date));
	const rows = [
		record('programme_phase', 'icb', ICB_CODE, first, 'Phase one women’s health hubs begin'),
		...[...openings.values()].map((h) =>
			record('hub_opened', 'locality', h.locality, h.open_date, `${h.locality} hub opened`)
		),
		...hubs
			.filter((h) => h.pcn_start_date !== null)
			.map((h) =>
				record(
					'spoke_started_larc',
					'pcn',
					h.pcn_code,
					h.pcn_start_date!,
					`${pcnName.get(h.pcn_code) ?? h.pcn_code} spoke started LARC`
				)
			)
	].sort(
		(a, b) => a.date.localeCompare(b.date) || a.intervention_id.localeCompare(b.intervention_id)
	);
	const { errors } = parseInterventionRows(rows, 'interventions (built from hubs)');
	if (errors.length > 0) throw new Error(errors.join('\n'));
	return rows;
}
