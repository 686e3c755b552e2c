/**
 * The board pack's model on native DuckDB over the built data: a section for each card a headline
 * KPI opens, each holding the very card model its page shows for the same month and locality.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '../../src/lib/data/pageContext';
import { openNativeDatabaseWithData } from '../../src/lib/server/duckdbNative';
import { loadBoardPackModel } from '../../src/lib/boardPack/model';
import { parseBoardPackState } from '../../src/lib/boardPack/state';
import { loadLarcModel } from '../../src/lib/topics/larc/model';
import { parseLarcState } from '../../src/lib/topics/larc/state';
import { boardMonth } from '../../src/lib/kpis/boardMonth';
import { KPI_IDS } from '../../src/lib/kpis/registry';
import { BUILT_DATA_DIR } from '../support/builtData';

let ctx: PageContext;

beforeAll(async () => {
	ctx = await openNativeDatabaseWithData(BUILT_DATA_DIR);
});

afterAll(async () => {
	await ctx?.db.close();
});

const pack = (search: string) =>
	loadBoardPackModel(ctx, parseBoardPackState(new URLSearchParams(search)).state);

describe('loadBoardPackModel', () => {
	it('reports the board month by default, with every headline KPI in exactly one drawn section', async () => {
		const model = await pack('');
		expect(model.month).toBe(boardMonth(ctx.manifest));
		expect(model.isBoardMonth).toBe(true);
		expect(model.sections.flatMap((s) => s.kpis.map((k) => k.id)).sort()).toEqual(
			[...KPI_IDS].sort()
		);
		expect(model.sections.every((s) => s.card !== null)).toBe(true);
		expect(model.tiles).toHaveLength(KPI_IDS.length);
	});

	it("holds the LARC page's own SPC card for the same month and locality", async () => {
		const model = await pack('month=2026-06&locality=thurrock');
		const page = await loadLarcModel(
			ctx,
			parseLarcState(new URLSearchParams('reason=contraceptive&to=2026-06&locality=thurrock')).state
		);
		const section = model.sections.find((s) => s.key === '/larc#larc-spc:contraceptive');
		expect(section?.card).toEqual({ kind: 'larc-spc', card: page.spc });
		expect(model.areaLabel).toBe('Thurrock');
		expect(model.monthText).toBe('June 2026');
	});

	it('says when the month asked for has no complete month of data, and shows the board month', async () => {
		const model = await pack('month=2031-01');
		expect(model.month).toBe(boardMonth(ctx.manifest));
		expect(model.problems).toEqual([
			`January 2031 has no complete month of activity data, so ${model.boardMonthText} is shown.`
		]);
	});
});
