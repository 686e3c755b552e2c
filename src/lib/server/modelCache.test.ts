import { describe, expect, it } from 'vitest';
import type { PageContext } from '$lib/data/pageContext';
import { cachedPageModel } from './modelCache';

const ctx = (sha256: string) =>
	({ manifest: { datasets: [{ name: 'larc_requests', sha256 }] } }) as unknown as PageContext;

describe('cachedPageModel', () => {
	it('computes a model once per data version and state', async () => {
		let runs = 0;
		const load = async () => ({ run: ++runs });
		await cachedPageModel(ctx('v1'), '/larc', { reason: 'gynaecological' }, load);
		const again = await cachedPageModel(ctx('v1'), '/larc', { reason: 'gynaecological' }, load);
		expect(again).toEqual({ run: 1 });
		const other = await cachedPageModel(ctx('v1'), '/larc', { reason: 'contraceptive' }, load);
		expect(other).toEqual({ run: 2 });
		const newData = await cachedPageModel(ctx('v2'), '/larc', { reason: 'gynaecological' }, load);
		expect(newData).toEqual({ run: 3 });
	});

	it('forgets a model that failed, so the next request tries again', async () => {
		const state = { failing: true };
		await expect(
			cachedPageModel(ctx('v1'), '/rtt', state, () => Promise.reject(new Error('no data')))
		).rejects.toThrow('no data');
		await expect(cachedPageModel(ctx('v1'), '/rtt', state, async () => 'ok')).resolves.toBe('ok');
	});
});
