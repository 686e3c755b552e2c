import { describe, expect, it } from 'vitest';
import { downloadFileName, periodSlug, slug } from './fileName';

describe('download file names', () => {
	it('makes a slug of any area name', () => {
		expect(slug('Thurrock')).toBe('thurrock');
		expect(slug('Basildon and Brentwood')).toBe('basildon-and-brentwood');
		expect(slug('ASOP PCN')).toBe('asop-pcn');
		expect(slug('Mid and South Essex ICB (QH8)')).toBe('mid-and-south-essex-icb-qh8');
		expect(slug('  Canvey Island – Benfleet & Hadleigh PCN ')).toBe(
			'canvey-island-benfleet-hadleigh-pcn'
		);
		expect(slug('Café')).toBe('cafe');
	});

	it('names the months of the period', () => {
		expect(periodSlug({ from: '2023-12-01', to: '2026-10-31' })).toBe('2023-12-to-2026-10');
		expect(periodSlug({ from: '2025-09-01', to: '2025-09-30' })).toBe('2025-09');
	});

	it('joins what the file holds, the area and the period', () => {
		expect(
			downloadFileName('larc-waiting-list', 'Thurrock', { from: '2023-12-01', to: '2026-10-31' })
		).toBe('larc-waiting-list_thurrock_2023-12-to-2026-10.csv');
		expect(downloadFileName('fds-Suspected gynaecological cancer', 'ICB', null)).toBe(
			'fds-suspected-gynaecological-cancer_icb_no-months.csv'
		);
	});
});
