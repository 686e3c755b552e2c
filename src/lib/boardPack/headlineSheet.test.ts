import { describe, expect, it } from 'vitest';
import type { KpiTileModel } from '$lib/topics/overview/kpiTile';
import { headlineSheet } from './headlineSheet';

const tile = (over: Partial<KpiTileModel>): KpiTileModel =>
	({
		id: 'gynae_larc_waiting',
		title: 'Women waiting for gynaecological LARC',
		kind: 'synthetic',
		period: 'June 2025',
		stale: null,
		areaNote: null,
		valueText: '615',
		spcIcons: { variationIcon: 'common_cause', assurance: null },
		reading: 'Common cause variation.',
		change: 'Up 15 from May 2025 (600)',
		targetText: 'None',
		...over
	}) as KpiTileModel;

describe('the headline measures sheet', () => {
	it('gives each measure its value, period, icons in words and kind of data', () => {
		const sheet = headlineSheet([tile({})], 'Thurrock');
		expect(sheet.header).toHaveLength(sheet.rows[0].length);
		expect(sheet.rows[0]).toEqual([
			'Women waiting for gynaecological LARC',
			'Thurrock',
			'615',
			'June 2025',
			'None',
			'Common cause variation',
			'No target to assure',
			'Up 15 from May 2025 (600)',
			'Common cause variation.',
			'Synthetic demonstration data',
			''
		]);
	});

	it('says where a measure is not for the area chosen, and when its data are older', () => {
		const [row] = headlineSheet(
			[
				tile({
					areaNote: 'Shown for the whole ICB: not published by locality.',
					spcIcons: null,
					stale: 'Latest published: July 2024 — 11 months old'
				})
			],
			'Thurrock'
		).rows;
		expect(row[1]).toBe('Thurrock (Shown for the whole ICB: not published by locality.)');
		expect(row[5]).toBe('No SPC reading');
		expect(row[10]).toBe('Latest published: July 2024 — 11 months old');
	});
});
