/**
 * The /larc page model on native DuckDB over the built Parquet, as the server runs it: plain data
 * that SvelteKit can send to the browser, the area actually filtered on, and no "NaN" for a
 * selection with no requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '../../src/lib/data/pageContext';
import { openNativeDatabaseWithData } from '../../src/lib/server/duckdbNative';
import { loadLarcModel } from '../../src/lib/topics/larc/model';
import { parseLarcState } from '../../src/lib/topics/larc/state';
import { BUILT_DATA_DIR } from '../support/builtData';

let ctx: PageContext;

beforeAll(async () => {
	ctx = await openNativeDatabaseWithData(BUILT_DATA_DIR);
});

afterAll(async () => {
	await ctx?.db.close();
});

const model = (search: string) =>
	loadLarcModel(ctx, parseLarcState(new URLSearchParams(search)).state);

/** Paths of every value JSON cannot carry: functions, Maps, Sets, class instances, NaN. */
function notPlain(value: unknown, path = 'model'): string[] {
	if (value === null || ['string', 'boolean'].includes(typeof value)) return [];
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
	if (Array.isArray(value)) return value.flatMap((v, i) => notPlain(v, `${path}[${i}]`));
	if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
		return Object.entries(value).flatMap(([k, v]) => notPlain(v, `${path}.${k}`));
	return value === undefined ? [] : [path];
}

describe('loadLarcModel', () => {
	it('returns plain data for the whole ICB and for a PCN with an age band', async () => {
		for (const search of ['', 'pcn=U28765&age=25-34&measure=rate&reason=contraceptive']) {
			expect(notPlain(await model(search)), search).toEqual([]);
		}
	});

	it('drops a PCN outside the locality chosen rather than filtering on both', async () => {
		const m = await model('locality=mid-essex&pcn=U28765');
		expect(m.areaLabel).toBe('Mid Essex');
		expect(m.filters.pcn.value).toBe('');
		expect(m.status).toMatch(/^Showing Mid Essex, /);
	});

	it('says there are no requests from women aged 65 and over, with no NaN anywhere', async () => {
		const m = await model('age=65%2B');
		expect(m.deprivation?.summary).toMatch(
			/: no gynaecological requests in this selection; no contraceptive requests in this selection\.$/
		);
		expect(JSON.stringify(m)).not.toContain('NaN');
	});
});
