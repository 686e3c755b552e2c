import { describe, expect, it } from 'vitest';
import type { KpiResult } from '$lib/kpis/kpiResults';
import type { SpcResult } from '$lib/stats/spc';
import { kpiTileModel } from './kpiTile';

const BOARD_MONTH = '2026-10';

const communityShare: KpiResult = {
	id: 'gynae_larc_community_share',
	value: 0.5531,
	valueText: '55.3%',
	period: 'August 2026 to October 2026',
	basis: { from: '2026-08', to: '2026-10' },
	reading: '95% CI 50.1% to 60.4%: above the 50% national scenario.',
	spc: null,
	trend: [
		{ date: '2026-09-30', value: 0.5 },
		{ date: '2026-10-31', value: 0.6 }
	],
	change: '2.0 percentage points higher than May 2026 to July 2026 (53.3%)'
};

describe('kpiTileModel', () => {
	it('shows the figure, its period and reading, with the reference and its source', () => {
		const tile = kpiTileModel(communityShare, BOARD_MONTH);
		expect(tile).toMatchObject({
			id: 'gynae_larc_community_share',
			title: 'Gynaecological LARC fitted in the community',
			kind: 'synthetic',
			period: 'August 2026 to October 2026',
			stale: null,
			valueText: '55.3%',
			spcIcons: null,
			reading: '95% CI 50.1% to 60.4%: above the 50% national scenario.',
			reference:
				'Reference: 50% — DHSC women’s health hubs cost-benefit analysis scenario (a reference, not a target).',
			polarity: 'Higher is better.'
		});
	});

	it('draws the trend and says it in words, with the change from the previous period', () => {
		const tile = kpiTileModel(communityShare, BOARD_MONTH);
		expect(tile.trendText).toBe(
			'Trend, September 2026 to October 2026: lowest 50.0%, highest 60.0%.'
		);
		expect(tile.change).toBe('2.0 percentage points higher than May 2026 to July 2026 (53.3%)');
		expect(tile.targetText).toBe('50%');
		expect(tile.vintage).toBeNull();
		expect(
			kpiTileModel(communityShare, BOARD_MONTH, { vintage: 'November 2023 to October 2026' })
				.vintage
		).toBe('Data: larc_requests, November 2023 to October 2026.');
	});

	it('carries the locality chosen to the detail page', () => {
		expect(kpiTileModel(communityShare, BOARD_MONTH, { locality: 'Thurrock' }).detail.search).toBe(
			'?locality=thurrock&reason=gynaecological&from=2026-08&to=2026-10&measure=count'
		);
	});

	it('links to the card with the same months, reason and measure, named for the tile', () => {
		const tile = kpiTileModel(communityShare, BOARD_MONTH);
		expect(tile.detail).toEqual({
			page: '/larc',
			search: '?reason=gynaecological&from=2026-08&to=2026-10&measure=count',
			hash: '#community-share'
		});
		expect(tile.detailContext).toBe(
			' for Gynaecological LARC fitted in the community, August 2026 to October 2026'
		);
	});

	it('says how many months older than the board month published data are', () => {
		const fds: KpiResult = {
			id: 'fds_gynaecology',
			value: 361 / 614,
			valueText: '58.8%',
			period: 'July 2024',
			basis: { from: '2024-07', to: '2024-07' },
			reading: '361 of 614 patients.',
			spc: null,
			trend: [],
			change: null
		};
		const tile = kpiTileModel(fds, BOARD_MONTH);
		// July 2024 to October 2026: 2 years and 3 months.
		expect(tile.stale).toBe('Latest published: July 2024 — 27 months old');
		expect(tile.kind).toBe('real');
		expect(tile.reference).toBe(
			'No target: The operational standard depends on the month: see standardsInForce() in src/lib/kpis/cancerStandards.ts.'
		);
		expect(tile.targetText).toBe('None');
		expect(tile.areaNote).toBeNull();
		// For a locality, the tile says it shows the ICB, and its link does not claim the locality.
		const forThurrock = kpiTileModel(fds, BOARD_MONTH, { locality: 'Thurrock' });
		expect(forThurrock.areaNote).toBe('Shown for the whole ICB: not published by locality.');
		expect(forThurrock.detail.search).toBe('?cancer=gynaecological');
		expect(tile.detail).toEqual({
			page: '/cancer',
			search: '?cancer=gynaecological',
			hash: '#fds'
		});
	});

	it('carries only the two SPC icons, not the whole series', () => {
		const spc = {
			points: [],
			improvementDirection: 'decrease',
			target: null,
			variationIcon: 'concern_high',
			assurance: null,
			shortGroupWarning: false
		} satisfies SpcResult;
		const tile = kpiTileModel(
			{
				id: 'gynae_larc_waiting',
				value: 623,
				valueText: '625',
				period: 'October 2026',
				basis: { from: '2023-12', to: '2026-10' },
				reading: 'Special cause — concerning.',
				spc,
				trend: [],
				change: null
			},
			BOARD_MONTH
		);
		expect(tile.spcIcons).toEqual({ variationIcon: 'concern_high', assurance: null });
		expect(tile.polarity).toBe('Lower is better.');
		expect(tile.stale).toBeNull();
	});

	it('has no period or age when there is no figure', () => {
		const tile = kpiTileModel(
			{
				id: 'rtt_gynaecology_within_18_weeks',
				value: null,
				valueText: 'Not available',
				period: '',
				basis: null,
				reading: 'Not published.',
				spc: null,
				trend: [],
				change: null
			},
			BOARD_MONTH
		);
		expect(tile).toMatchObject({ valueText: 'Not available', period: '', stale: null });
	});
});
