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
import { openNativeDuckdb } from '../support/nativeDuckdb';

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
			`January 2031 has no complete month of activity data, so ${model.monthText} is shown.`
		]);
	});

	it('computes the headline tiles for an earlier month, each figure up to its end', async () => {
		const model = await pack('month=2025-06');
		// Women waiting at 30 June 2025, counted from the extract by independent SQL: requested by
		// then and neither fitted nor removed by then; shown rounded to the nearest 5.
		const native = await openNativeDuckdb();
		const waiting = await native.rows(`
			SELECT reason, count(*)::INTEGER AS n FROM '${BUILT_DATA_DIR}/larc_requests.parquet'
			WHERE request_date <= DATE '2025-06-30'
				AND (fit_date IS NULL OR fit_date > DATE '2025-06-30')
				AND (removal_date IS NULL OR removal_date > DATE '2025-06-30')
			GROUP BY reason`);
		native.close();
		const shown = (reason: string) =>
			(Math.round(Number(waiting.find((r) => r.reason === reason)!.n) / 5) * 5).toLocaleString(
				'en-GB'
			);
		const tile = (id: string) => model.tiles.find((t) => t.id === id)!;
		expect(tile('gynae_larc_waiting').valueText).toBe(shown('gynaecological'));
		expect(tile('contraceptive_larc_waiting').valueText).toBe(shown('contraceptive'));
		expect(tile('gynae_larc_waiting').period).toBe('June 2025');
		expect(tile('gynae_larc_waiting').stale).toBeNull();
		expect(tile('pessary_changes_overdue').period).toBe('June 2025');
		// Cancer waiting times: the latest published month by then is July 2024, 11 months before.
		expect(tile('fds_gynaecology').period).toBe('July 2024');
		expect(tile('fds_gynaecology').stale).toBe('Latest published: July 2024 — 11 months old');
		// The RTT files start in September 2025: nothing was published by June 2025.
		expect(tile('rtt_gynaecology_within_18_weeks').valueText).toBe('Not available');
		expect(tile('contraceptive_larc_deprivation_ratio').period).toBe('12 months to June 2025');
	});

	it('says which cards of an earlier month show the latest figures, and leaves out an unpublished month', async () => {
		const [earlier, latest] = await Promise.all([pack('month=2025-06'), pack('')]);
		const section = (model: typeof earlier, kind: string) =>
			model.sections.find((s) => s.card?.kind === kind);
		for (const kind of ['by-group', 'milestones', 'access-coverage']) {
			expect(section(earlier, kind)?.note, kind).toMatch(
				/^This card shows the latest figures held \(.+\), not June 2025/
			);
			expect(section(latest, kind)?.note, kind).toBeNull();
		}
		// No RTT file for June 2025 (they start in September 2025): no card, and the section says why.
		const rtt = earlier.sections.find((s) => s.key === '/rtt#rtt-distribution')!;
		expect(rtt.card).toBeNull();
		expect(rtt.note).toMatch(/for June 2025 are not in the published data held/);
		expect(earlier.sections.find((s) => s.card?.kind === 'larc-spc')?.note).toBeNull();
	});
});
