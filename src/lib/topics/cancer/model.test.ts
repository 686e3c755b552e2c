import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '$lib/data/pageContext';
import { openNativeDatabaseWithData } from '$lib/server/duckdbNative';
import { BUILT_DATA_DIR } from '../../../../tests/support/builtData';
import { lastMonths, loadCancerModel } from './model';

describe('lastMonths', () => {
	it('gives the last n whole months of a period, never before its start', () => {
		expect(lastMonths({ from: '2021-07-01', to: '2026-10-31' }, 12)).toEqual({
			from: '2025-11-01',
			to: '2026-10-31'
		});
		expect(lastMonths({ from: '2026-05-01', to: '2026-10-31' }, 12)).toEqual({
			from: '2026-05-01',
			to: '2026-10-31'
		});
	});
});

describe('loadCancerModel on the built data (native DuckDB, as the server runs it)', () => {
	let ctx: PageContext;
	beforeAll(async () => {
		ctx = await openNativeDatabaseWithData(BUILT_DATA_DIR);
	});
	afterAll(() => ctx?.db.close());

	it('gives the published July 2024 gynaecology FDS figures, as plain data the server can send', async () => {
		const model = await loadCancerModel(ctx, { cancer: 'gynaecological' });
		// No functions or class instances: it survives a structured clone unchanged.
		expect(structuredClone(model)).toEqual(model);
		expect(model.status).toBe(
			'Showing urgent suspected cancer referrals and waiting times for suspected gynaecological cancer.'
		);
		// The published file: 614 told their outcome, 361 within 28 days (58.8 %).
		const july = model.fds.rows.find(
			(r) => r.measureKey === 'fds-gynae-usc' && r.month === '2024-07-01'
		);
		expect(july).toMatchObject({ total: '614', within: '361', share: '58.8%' });
		expect(model.published.summary).toContain('547 patients were first seen in July 2024');
		// Synthetic monthly counts are drawn as published: multiples of 5.
		expect(model.monthly.chart.kind).toBe('spc');
		if (model.monthly.chart.kind === 'spc') {
			expect(model.monthly.chart.result.points.every((p) => p.value % 5 === 0)).toBe(true);
		}
		// The funnel pools 12 months, November 2025 to October 2026.
		expect(model.pcnFunnel.caption).toContain('November 2025 to October 2026');
	});

	it('gives all cancers when they are chosen', async () => {
		const model = await loadCancerModel(ctx, { cancer: 'all' });
		const july = model.fds.rows.find((r) => r.measureKey === 'fds-all' && r.month === '2024-07-01');
		expect(july?.within).toBe('4,504');
		expect(model.fds.title).toBe(
			'Faster Diagnosis Standard: told within 28 days, All suspected cancers'
		);
	});
});
