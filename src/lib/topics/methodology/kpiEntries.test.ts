import { describe, expect, it } from 'vitest';
import { fieldLabel, kpiEntry, valueText } from './kpiEntries';
import type { KpiDefinition } from '$lib/kpis/registry';

const definition: KpiDefinition = {
	id: 'gynae_larc_community_share',
	title: 'Gynaecological LARC fitted in the community',
	definition: 'Community fits ÷ all fits, last 3 months.',
	theme: 'menstrual_gynaecological',
	numerator: 'Community fits',
	denominator: 'All fits',
	unit: 'proportion',
	polarity: 'higher_is_better',
	target: { value: 0.5, label: '50%', source: 'DHSC scenario' },
	targetNote: null,
	method: 'wilson_interval',
	disclosure: 'sub_national',
	breakdowns: ['locality', 'pcn'],
	source: { query: 'communityShareByMonth', model: 'communityShareKpi' },
	dataset: 'larc_requests',
	kind: 'synthetic',
	detail: { page: '/larc', card: 'community-share', reason: 'gynaecological', measure: 'count' }
};

describe('kpiEntry', () => {
	it('writes every field of the registry entry in words, in its order', () => {
		expect(kpiEntry(definition)).toEqual({
			id: 'gynae_larc_community_share',
			title: 'Gynaecological LARC fitted in the community',
			fields: [
				{ label: 'Definition', value: 'Community fits ÷ all fits, last 3 months.' },
				{ label: 'Theme', value: 'Menstrual health and gynaecological conditions' },
				{ label: 'Numerator', value: 'Community fits' },
				{ label: 'Denominator', value: 'All fits' },
				{ label: 'Unit', value: 'proportion' },
				{ label: 'Polarity', value: 'Higher is better' },
				{ label: 'Target', value: '50% — DHSC scenario' },
				{ label: 'Target note', value: 'None' },
				{
					label: 'Method',
					value:
						'95% Wilson score interval for a proportion: Wilson (1927); Newcombe (1998) (src/lib/stats/confidenceIntervals.ts)'
				},
				{
					label: 'Disclosure',
					value:
						'Counts 1–7 shown as *, other counts rounded to the nearest 5; rates, percentages and intervals from unrounded counts'
				},
				{ label: 'Breakdowns', value: 'Locality (alliance); Primary care network' },
				{ label: 'Source', value: 'Query: communityShareByMonth; Model: communityShareKpi' },
				{ label: 'Dataset', value: 'larc requests' },
				{ label: 'Kind', value: 'Synthetic demonstration data' },
				{ label: 'Shown on', value: '/larc#community-share' }
			],
			detail: { page: '/larc', hash: '#community-share' }
		});
	});

	it('shows a field it does not know by its name and value', () => {
		const extended = { ...definition, ciMethod: 'wilson', dataVintage: ['2026-10'] };
		const fields = kpiEntry(extended as KpiDefinition).fields;
		expect(fields.slice(-2)).toEqual([
			{ label: 'Ci method', value: 'wilson' },
			{ label: 'Data vintage', value: '2026-10' }
		]);
	});

	it('says when there is no target', () => {
		const fields = kpiEntry({ ...definition, target: null }).fields;
		expect(fields.find((f) => f.label === 'Target')?.value).toBe(
			'None: no national or local target applies'
		);
	});
});

describe('fieldLabel and valueText', () => {
	it('turns keys into words and objects into name–value pairs', () => {
		expect(fieldLabel('dataVintage')).toBe('Data vintage');
		expect(fieldLabel('disclosure_rule')).toBe('Disclosure rule');
		expect(valueText({ numerator: 'fits in the community', denominator: null })).toBe(
			'Numerator: fits in the community; Denominator: None'
		);
	});
});
