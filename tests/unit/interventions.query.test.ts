/**
 * The interventions log: read from a hand-made table on DuckDB-WASM (each row checked by the
 * schema), and the log the data build seeds from the hubs plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionLog } from '$lib/queries/interventions';
import { openHandMadeDatabase } from '../support/handMadeTables';
import { openBuiltData, type BuiltData } from '../support/builtData';

describe('interventionLog', () => {
	it('reads the log in date order with its KPI ids', async () => {
		const db = await openHandMadeDatabase({
			interventions: `SELECT * FROM (VALUES
				('b', DATE '2025-03-01', 'U11111 spoke', 'pcn', 'U11111', 'gynae_larc_waiting', 'spoke_started_larc'),
				('a', DATE '2024-07-01', 'Phase one', 'icb', 'QH8', 'gynae_larc_waiting;pessary_changes_overdue', 'programme_phase'))
				t(intervention_id, date, label, scope, scope_code, kpi_ids, kind)`
		});
		const log = await interventionLog(db);
		expect(log.map((i) => [i.id, i.date, i.kpiIds])).toEqual([
			['a', '2024-07-01', ['gynae_larc_waiting', 'pessary_changes_overdue']],
			['b', '2025-03-01', ['gynae_larc_waiting']]
		]);
	});

	it('refuses a log with a bad row, naming its column and row', async () => {
		const db = await openHandMadeDatabase({
			interventions: `SELECT * FROM (VALUES
				('a', DATE '2024-07-01', 'Phase one', 'icb', 'QH9', 'gynae_larc_waiting', 'programme_phase'))
				t(intervention_id, date, label, scope, scope_code, kpi_ids, kind)`
		});
		await expect(interventionLog(db)).rejects.toThrow(
			'interventions.parquet, column scope_code, row 1: "QH9" — an ICB-wide change has code QH8.'
		);
	});
});

describe('the built interventions log', () => {
	let built: BuiltData;
	beforeAll(async () => {
		built = await openBuiltData();
	});
	afterAll(() => built.connection.closeSync());

	it('has phase one, each hub opening and each PCN that joined, on the hubs plan’s dates', async () => {
		const rows = await built.rows<{ scope: string; n: number; first: string; last: string }>(
			`SELECT scope, count(*)::INTEGER AS n, strftime(min(date), '%Y-%m-%d') AS first,
				strftime(max(date), '%Y-%m-%d') AS last
			FROM ${built.from('interventions')} GROUP BY scope ORDER BY scope`
		);
		// data/README.md: hubs open 2024-07-01 to 2024-09-02; 17 of 27 PCNs join, the last on 2024-12-01.
		expect(rows).toEqual([
			{ scope: 'icb', n: 1, first: '2024-07-01', last: '2024-07-01' },
			{ scope: 'locality', n: 4, first: '2024-07-01', last: '2024-09-02' },
			{ scope: 'pcn', n: 17, first: '2024-07-01', last: '2024-12-01' }
		]);
		const [joined] = await built.rows<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM ${built.from('interventions')} i
			JOIN ${built.from('hubs')} h ON i.scope_code = h.pcn_code AND i.date = h.pcn_start_date`
		);
		expect(joined.n).toBe(17);
	});
});
