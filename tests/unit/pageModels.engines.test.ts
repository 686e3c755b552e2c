/**
 * One page model, two engines: for the same URL state, the model the server sends (native DuckDB,
 * through devalue as the page receives it) is identical to the model the browser computes on
 * DuckDB-WASM over the same data — every figure, label, table cell and download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'devalue';
import type { PageContext } from '../../src/lib/data/pageContext';
import { openNodeDatabaseWithData } from '../../src/lib/server/duckdbWasmNode';
import { openNativeDatabaseWithData } from '../../src/lib/server/duckdbNative';
import { PAGE_MODELS } from '../../src/lib/server/pageModels';
import { BUILT_DATA_DIR } from '../support/builtData';

let wasm: PageContext;
let native: PageContext;

beforeAll(async () => {
	[wasm, native] = await Promise.all([
		openNodeDatabaseWithData(BUILT_DATA_DIR),
		openNativeDatabaseWithData(BUILT_DATA_DIR)
	]);
});

afterAll(async () => {
	await Promise.all([wasm?.db.close(), native?.db.close()]);
});

/** Each page's default and a few selections that take different paths through its queries. */
const STATES: [page: string, search: string][] = [
	['overview', ''],
	['overview', 'locality=thurrock'],
	['larc', ''],
	['larc', 'reason=contraceptive&measure=rate'],
	['larc', 'locality=mid-essex&age=45-54&from=2025-01&to=2025-12'],
	['larc', 'locality=thurrock&pcn=U28765&pessaryGrace=8'],
	['cancer', ''],
	['cancer', 'cancer=all'],
	['rtt', ''],
	['rtt', 'month=2025-09'],
	['services', ''],
	['access', ''],
	['access', 'service=ring_pessary&circuity=1.5&urbanKmh=25&threshold=45'],
	['services', 'locality=thurrock&services=phase-1&sort=ring_pessary&dir=desc'],
	['inequalities', ''],
	['inequalities', 'measure=requests&reason=contraceptive&group=rural-urban'],
	['inequalities', 'group=imd-decile'],
	['inequalities', 'measure=requests&group=locality'],
	['inequalities', 'measure=median-wait'],
	['inequalities', 'measure=median-wait&reason=contraceptive&group=rural-urban'],
	['inequalities', 'measure=community-share&group=imd-decile'],
	['inequalities', 'measure=travel&group=locality'],
	['inequalities', 'measure=usc-referrals'],
	['inequalities', 'group=pcn&locality=thurrock'],
	['inequalities', 'measure=median-wait&group=pcn&locality=mid-essex'],
	['inequalities', 'measure=usc-referrals&group=pcn']
];

describe('page models on native DuckDB and on DuckDB-WASM', () => {
	it.each(STATES)('are identical for /%s?%s', async (page, search) => {
		const source = PAGE_MODELS[page];
		const state = source.state(new URLSearchParams(search));
		const [fromServer, fromBrowser] = await Promise.all([
			source.load(native, state as never),
			source.load(wasm, state as never)
		]);
		// What the page receives from the server is the devalue round trip of the model.
		expect(fromBrowser).toStrictEqual(parse(stringify(fromServer)));
	});
});
