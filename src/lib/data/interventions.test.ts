import { describe, expect, it } from 'vitest';
import { interventionsFor, parseInterventionRows, type Intervention } from './interventions';

const row = (over: Record<string, unknown> = {}) => ({
	intervention_id: 'hub-opened-thurrock-2024-09-02',
	date: '2024-09-02',
	label: 'Thurrock hub opened',
	scope: 'locality',
	scope_code: 'Thurrock',
	kpi_ids: 'gynae_larc_waiting;pessary_changes_overdue',
	kind: 'hub_opened',
	...over
});

describe('parseInterventionRows', () => {
	it('reads a good row, splitting the KPI ids', () => {
		const { interventions, errors } = parseInterventionRows([row()], 'log.csv');
		expect(errors).toEqual([]);
		expect(interventions).toEqual([
			{
				id: 'hub-opened-thurrock-2024-09-02',
				date: '2024-09-02',
				label: 'Thurrock hub opened',
				scope: 'locality',
				scopeCode: 'Thurrock',
				kpiIds: ['gynae_larc_waiting', 'pessary_changes_overdue'],
				kind: 'hub_opened'
			}
		]);
	});

	it('names the file, column and row of each problem', () => {
		const { interventions, errors } = parseInterventionRows(
			[
				row(),
				row({ intervention_id: 'b', date: '2/9/2024' }),
				row({ intervention_id: 'c', kpi_ids: 'gynae_larc_waiting;larc_vibes' }),
				row({ intervention_id: 'd', scope: 'pcn', scope_code: 'Thurrock' }),
				row({ intervention_id: 'e', scope_code: 'Grays' }),
				row()
			],
			'log.csv'
		);
		expect(interventions).toHaveLength(1);
		expect(errors).toHaveLength(5);
		expect(errors[0]).toMatch(
			/^log\.csv, column date, row 2: "2\/9\/2024" — write the date as YYYY-MM-DD\.$/
		);
		expect(errors[1]).toMatch(/^log\.csv, column kpi_ids, row 3: .*larc_vibes/);
		expect(errors[2]).toMatch(/^log\.csv, column scope_code, row 4: "Thurrock" — a PCN code/);
		expect(errors[3]).toMatch(/^log\.csv, column scope_code, row 5: "Grays" — must be one of/);
		expect(errors[4]).toBe(
			'log.csv, column intervention_id, row 6: "hub-opened-thurrock-2024-09-02" is used twice.'
		);
	});

	it('rejects an unknown scope or kind', () => {
		const { errors } = parseInterventionRows([row({ scope: 'ward', kind: 'party' })], 'log.csv');
		expect(errors.map((e) => e.split(':')[0])).toEqual([
			'log.csv, column scope, row 1',
			'log.csv, column kind, row 1'
		]);
	});
});

describe('interventionsFor', () => {
	// A hand-made log: one change for each scope, and one touching another KPI.
	const log: Intervention[] = [
		{
			id: 'pcn',
			date: '2025-03-01',
			label: 'U11111 spoke',
			scope: 'pcn',
			scopeCode: 'U11111',
			kpiIds: ['gynae_larc_waiting'],
			kind: 'spoke_started_larc'
		},
		{
			id: 'icb',
			date: '2024-07-01',
			label: 'Phase one',
			scope: 'icb',
			scopeCode: 'QH8',
			kpiIds: ['gynae_larc_waiting'],
			kind: 'programme_phase'
		},
		{
			id: 'thurrock',
			date: '2024-09-02',
			label: 'Thurrock hub',
			scope: 'locality',
			scopeCode: 'Thurrock',
			kpiIds: ['gynae_larc_waiting'],
			kind: 'hub_opened'
		},
		{
			id: 'rtt',
			date: '2024-08-01',
			label: 'RTT pathway',
			scope: 'icb',
			scopeCode: 'QH8',
			kpiIds: ['rtt_gynaecology_within_18_weeks'],
			kind: 'pathway_change'
		}
	];
	const ids = (area: Parameters<typeof interventionsFor>[1]) =>
		interventionsFor(log, area, ['gynae_larc_waiting']).map((i) => i.id);

	it('shows only ICB-wide changes on the ICB', () => {
		expect(ids({})).toEqual(['icb']);
	});
	it('adds the locality’s own changes for a locality, not another locality’s', () => {
		expect(ids({ locality: 'Thurrock' })).toEqual(['icb', 'thurrock']);
		expect(ids({ locality: 'Mid Essex' })).toEqual(['icb']);
	});
	it('adds the PCN’s own change and its locality’s for a PCN', () => {
		expect(ids({ locality: 'Thurrock', pcnCode: 'U11111', pcnLocality: 'Thurrock' })).toEqual([
			'icb',
			'thurrock',
			'pcn'
		]);
		expect(ids({ pcnCode: 'U22222', pcnLocality: 'Mid Essex' })).toEqual(['icb']);
	});
	it('leaves out changes to other KPIs', () => {
		expect(interventionsFor(log, {}, ['rtt_gynaecology_within_18_weeks']).map((i) => i.id)).toEqual(
			['rtt']
		);
	});
});
