import { describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/datasets';
import { boardMonth, monthsBehind, stalenessFlag } from './boardMonth';

describe('board month', () => {
	it('is the last month of the LARC activity extract', () => {
		const entry = (name: string, to?: string) => ({
			name,
			file: `${name}.parquet`,
			rows: 1,
			bytes: 1,
			sha256: '0'.repeat(64),
			vintage: 'v',
			kind: 'synthetic',
			description: 'd',
			...(to ? { period: { from: '2023-11-01', to } } : {})
		});
		const manifest = {
			generatedAt: '2026-11-01',
			seed: 1,
			datasets: [entry('cancer_waiting_times'), entry('larc_requests', '2026-10-31')]
		} as Manifest;
		expect(boardMonth(manifest)).toBe('2026-10');
	});

	it('counts whole calendar months back from the board month', () => {
		// July 2024 → October 2026: 2 years and 3 months.
		expect(monthsBehind('2024-07-01', '2026-10')).toBe(27);
		// November 2025 → October 2026: 11 months.
		expect(monthsBehind('2025-11', '2026-10')).toBe(11);
		expect(monthsBehind('2026-09-30', '2026-10')).toBe(1);
		expect(monthsBehind('2026-10-31', '2026-10')).toBe(0);
	});

	it('flags a tile whose latest data are older than the board month', () => {
		expect(stalenessFlag('2024-07-01', '2026-10', 'real')).toBe(
			'Latest published: July 2024 — 27 months old'
		);
		expect(stalenessFlag('2026-09', '2026-10', 'synthetic')).toBe(
			'Latest data: September 2026 — 1 month old'
		);
		expect(stalenessFlag('2026-10-31', '2026-10', 'synthetic')).toBeNull();
	});
});
