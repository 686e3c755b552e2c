import { describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/datasets';
import { KPI_IDS } from '$lib/kpis/registry';
import { methodologyModel } from './model';

const manifest = {
	generatedAt: '2026-11-27T19:32:57.523Z',
	seed: 1,
	datasets: [
		{
			name: 'larc_requests',
			file: 'larc_requests.parquet',
			rows: 37000,
			bytes: 1,
			sha256: 'x',
			vintage: 'Synthetic, seed 1',
			kind: 'synthetic',
			description: 'LARC requests.',
			period: { from: '2023-11-01', to: '2026-10-31' }
		},
		{
			name: 'practices',
			file: 'practices.parquet',
			rows: 147,
			bytes: 1,
			sha256: 'x',
			vintage: 'ODS, October 2025',
			kind: 'real',
			description: 'GP practices.'
		}
	]
} as unknown as Manifest;

describe('methodologyModel', () => {
	it('has one entry per registry KPI, in the registry order', () => {
		expect(methodologyModel(manifest).kpis.map((k) => k.id)).toEqual([...KPI_IDS]);
	});

	it('names each dataset with its kind, vintage and period', () => {
		const { datasets, builtOn } = methodologyModel(manifest);
		expect(datasets).toEqual([
			{
				name: 'larc_requests',
				kind: 'synthetic',
				kindText: 'Synthetic demonstration data',
				vintage: 'Synthetic, seed 1',
				period: 'November 2023 to October 2026',
				rows: 37000,
				description: 'LARC requests.'
			},
			{
				name: 'practices',
				kind: 'real',
				kindText: 'Published data',
				vintage: 'ODS, October 2025',
				period: null,
				rows: 147,
				description: 'GP practices.'
			}
		]);
		expect(builtOn).toBe('27 November 2026');
	});
});
