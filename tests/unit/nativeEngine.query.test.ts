/**
 * The server's native DuckDB and the browser's DuckDB-WASM, loaded with the same built Parquet,
 * answer the same query functions with identical rows: one SQL dialect, one row convention.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsDatabase } from '../../src/lib/data/database';
import type { Manifest } from '../../src/lib/data/datasets';
import { reportingPeriod } from '../../src/lib/data/period';
import { queryRows } from '../../src/lib/data/queryRows';
import { openNodeDatabaseWithData } from '../../src/lib/server/duckdbWasmNode';
import { openNativeDatabaseWithData } from '../../src/lib/server/duckdbNative';
import { waitingListAtMonthEnd } from '../../src/lib/queries/larcWaitingList';
import { larcFlows } from '../../src/lib/queries/larcFlows';
import { pessaryOverdue } from '../../src/lib/queries/pessaryActivity';
import { inPersonSitesForService } from '../../src/lib/queries/inPersonSites';
import {
	hubMilestones,
	serviceCoverage,
	serviceLevelsAsAt
} from '../../src/lib/queries/serviceOffers';
import { trainingAgainstPlan, workforceByPcn } from '../../src/lib/queries/workforce';
import { interventionLog } from '../../src/lib/queries/interventions';
import { BUILT_DATA_DIR } from '../support/builtData';

let wasm: AnalyticsDatabase;
let native: AnalyticsDatabase;
let manifest: Manifest;

beforeAll(async () => {
	const [w, n] = await Promise.all([
		openNodeDatabaseWithData(BUILT_DATA_DIR),
		openNativeDatabaseWithData(BUILT_DATA_DIR)
	]);
	[wasm, native, manifest] = [w.db, n.db, n.manifest];
});

afterAll(async () => {
	await Promise.all([wasm?.close(), native?.close()]);
});

describe('native DuckDB and DuckDB-WASM', () => {
	it('convert every column type the dashboard uses in the same way', async () => {
		const sql = `SELECT 42::BIGINT AS big, 7::INTEGER AS int, 0.25::DOUBLE AS dbl,
			DATE '2024-02-29' AS day, TIMESTAMP '2024-02-29 13:45:00' AS at, true AS yes,
			'Thurrock' AS text, NULL::INTEGER AS nothing, $label AS bound`;
		const expected = {
			big: 42,
			int: 7,
			dbl: 0.25,
			day: '2024-02-29',
			at: '2024-02-29T13:45:00.000Z',
			yes: true,
			text: 'Thurrock',
			nothing: null,
			bound: 'ASOP PCN'
		};
		for (const db of [wasm, native]) {
			await expect(queryRows(db, sql, { label: 'ASOP PCN' })).resolves.toEqual([expected]);
		}
	});

	it('refuse a DECIMAL result rather than round it silently', async () => {
		for (const db of [wasm, native]) {
			await expect(queryRows(db, 'SELECT 1.5::DECIMAL(4, 1) AS d')).rejects.toThrow(/DECIMAL/);
		}
	});

	it('read the same interventions log', async () => {
		const [fromWasm, fromNative] = await Promise.all([
			interventionLog(wasm),
			interventionLog(native)
		]);
		expect(fromWasm).toHaveLength(22);
		expect(fromNative).toEqual(fromWasm);
	});

	it('give identical rows for the LARC waiting list, flows and pessary queries', async () => {
		const period = reportingPeriod(manifest, 'larc_requests');
		const filter = { locality: 'Thurrock' as const };
		const run = (db: AnalyticsDatabase) =>
			Promise.all([
				waitingListAtMonthEnd(db, { period, filter }),
				larcFlows(db, { filter, asAt: period.to }),
				pessaryOverdue(db, { filter: {}, asAt: period.to })
			]);
		const [fromWasm, fromNative] = await Promise.all([run(wasm), run(native)]);
		expect(fromWasm[0].length).toBeGreaterThan(0);
		expect(fromNative).toEqual(fromWasm);
	});

	it('give identical rows for the service offer and workforce queries', async () => {
		const asAt = reportingPeriod(manifest, 'service_offers').to;
		const month = `${asAt.slice(0, 7)}-01`;
		const run = (db: AnalyticsDatabase) =>
			Promise.all([
				serviceLevelsAsAt(db, { asAt }),
				serviceCoverage(db, { asAt, locality: 'Thurrock' }),
				hubMilestones(db, { asAt }),
				inPersonSitesForService(db, { service: 'ring_pessary', asAt }),
				workforceByPcn(db, { month }),
				trainingAgainstPlan(db, { month })
			]);
		const [fromWasm, fromNative] = await Promise.all([run(wasm), run(native)]);
		expect(fromWasm.every((rows) => rows.length > 0)).toBe(true);
		expect(fromNative).toEqual(fromWasm);
	});
});
