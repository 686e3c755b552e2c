/**
 * The overview's page model on native DuckDB over the built Parquet, as the server runs it: plain
 * data SvelteKit can send to the browser, the tiles in the registry's order, and the waiting
 * list of the locality chosen, equal to independent SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabaseWithData, type NativeDatabase } from '$lib/server/duckdbNative';
import type { Manifest } from '$lib/data/datasets';
import { KPI_IDS } from '$lib/kpis/registry';
import { suppressCount } from '$lib/stats/disclosure';
import { BUILT_DATA_DIR } from '../../../../tests/support/builtData';
import { openNativeDuckdb } from '../../../../tests/support/nativeDuckdb';
import { loadOverviewModel, type OverviewModel } from './model';

let db: NativeDatabase;
let manifest: Manifest;
let thurrock: OverviewModel;

beforeAll(async () => {
	({ db, manifest } = await openNativeDatabaseWithData(BUILT_DATA_DIR));
	thurrock = await loadOverviewModel({ db, manifest }, { locality: 'Thurrock' });
});
afterAll(() => db?.close());

describe('loadOverviewModel', () => {
	it('is plain data: nothing is lost on the way to the browser', () => {
		expect(JSON.parse(JSON.stringify(thurrock))).toStrictEqual(thurrock);
	});

	it('has every headline tile, in the registry’s order, dated against the board month', () => {
		expect(thurrock.tiles.map((t) => t.id)).toEqual([...KPI_IDS]);
		const larcTo = manifest.datasets.find((d) => d.name === 'larc_requests')!.period!.to;
		expect(thurrock.boardMonth.month).toBe(larcTo.slice(0, 7));
	});

	it('shows the waiting list of the locality chosen, and says so', async () => {
		const card = thurrock.waitingList;
		expect(thurrock.status).toBe(
			'Showing the headline measures and the LARC waiting list for Thurrock.'
		);
		expect(new Set(card.rows.map((r) => r.area))).toEqual(new Set(['Thurrock']));
		expect(card.panels.map((p) => p.series.map((s) => s.key))).toEqual([
			['Thurrock'],
			['Thurrock']
		]);

		// The last row against independent SQL: requests open at that month end, by reason.
		const last = card.rows.at(-1)!;
		const native = await openNativeDuckdb();
		const [expected] = await native.rows(`
			SELECT
				count(*) FILTER (WHERE r.reason = 'gynaecological')::INTEGER AS gynaecological,
				count(*) FILTER (WHERE r.reason = 'contraceptive')::INTEGER AS contraceptive
			FROM '${BUILT_DATA_DIR}/larc_requests.parquet' r
			JOIN '${BUILT_DATA_DIR}/practices.parquet' p USING (practice_code)
			WHERE p.locality = 'Thurrock'
				AND r.request_date <= DATE '${last.monthEnd}'
				AND coalesce(r.fit_date, DATE '9999-12-31') > DATE '${last.monthEnd}'
				AND coalesce(r.removal_date, DATE '9999-12-31') > DATE '${last.monthEnd}'`);
		native.close();
		expect(last.gynaecological.replace(/,/g, '')).toBe(
			suppressCount(Number(expected.gynaecological))
		);
		expect(last.contraceptive.replace(/,/g, '')).toBe(
			suppressCount(Number(expected.contraceptive))
		);
	});

	it('shows all four localities for the whole ICB', async () => {
		const icb = await loadOverviewModel({ db, manifest }, { locality: null });
		expect(icb.status).toBe(
			'Showing the headline measures and the LARC waiting list for Mid and South Essex.'
		);
		expect(icb.waitingList.panels[0].series.map((s) => s.key)).toEqual([
			'Basildon and Brentwood',
			'Mid Essex',
			'South East Essex',
			'Thurrock'
		]);
		// The locality filter applies to every tile; measures published only for the ICB or the
		// trust are the same for both, and the locality's tile says so.
		const tile = (m: OverviewModel, id: string) => m.tiles.find((t) => t.id === id)!;
		expect(tile(thurrock, 'gynae_larc_waiting').valueText).toBe(
			thurrock.waitingList.rows.at(-1)!.gynaecological
		);
		expect(tile(thurrock, 'fds_gynaecology').valueText).toBe(
			tile(icb, 'fds_gynaecology').valueText
		);
		expect(tile(thurrock, 'fds_gynaecology').areaNote).toMatch(/not published by locality/);
		expect(tile(icb, 'fds_gynaecology').areaNote).toBeNull();
		expect(icb.themes.flatMap((t) => t.tileIds).sort()).toEqual([...KPI_IDS].sort());
	});
});
