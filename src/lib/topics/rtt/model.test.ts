import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '$lib/data/pageContext';
import { openNativeDatabaseWithData } from '$lib/server/duckdbNative';
import { BUILT_DATA_DIR } from '../../../../tests/support/builtData';
import { loadRttModel } from './model';

describe('loadRttModel on the built data (native DuckDB, as the server runs it)', () => {
	let ctx: PageContext;
	beforeAll(async () => {
		ctx = await openNativeDatabaseWithData(BUILT_DATA_DIR);
	});
	afterAll(() => ctx?.db.close());

	it('shows the month asked for, with the published September 2025 figures, as plain data', async () => {
		const model = await loadRttModel(ctx, { month: '2025-09' });
		expect(structuredClone(model)).toEqual(model);
		if (model.kind !== 'ready') throw new Error('no RTT months');
		expect(model.period).toBe('2025-09-01');
		expect(model.problems).toEqual([]);
		expect(model.monthOptions.map((o) => o.label)).toEqual([
			'September 2025',
			'October 2025',
			'November 2025'
		]);
		// The published admitted file for September 2025 prints 223 completed, 91 within 18
		// weeks, 95 over 52 weeks and a median of 46.5 weeks.
		const admitted = model.monthly.rows.find(
			(r) => r.month === '2025-09-01' && r.pathway === 'admitted'
		);
		expect(admitted).toMatchObject({
			completed: '223',
			within18: '91',
			over52: '95',
			median: '46.5',
			share: '40.8%'
		});
		expect(model.distribution.title).toContain('September 2025');
	});

	it('shows the latest month by default, and says so when the month asked for is not published', async () => {
		const latest = await loadRttModel(ctx, {});
		expect(latest.kind === 'ready' && latest.period).toBe('2025-11-01');
		const missing = await loadRttModel(ctx, { month: '2024-01' });
		expect(missing.kind === 'ready' && missing.problems).toEqual([
			'"2024-01" is not a month with published data here, so November 2025 is shown.'
		]);
		expect(missing.kind === 'ready' && missing.status).toBe(
			'Showing gynaecology referral to treatment waits for pathways completed in November 2025.'
		);
	});
});
