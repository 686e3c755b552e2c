import { describe, expect, it } from 'vitest';
import { detailKey, packSections } from './sections';

describe('detailKey', () => {
	it('names the page, the card and the LARC reason', () => {
		expect(
			detailKey({ page: '/larc', card: 'larc-spc', reason: 'contraceptive', measure: 'count' })
		).toBe('/larc#larc-spc:contraceptive');
		expect(detailKey({ page: '/rtt', card: 'rtt-distribution' })).toBe('/rtt#rtt-distribution');
	});
});

describe('packSections', () => {
	it('puts KPIs that open the same card in one section, in the order given', () => {
		const sections = packSections([
			'gynae_larc_waiting',
			'fds_gynaecology',
			'gynae_larc_within_target',
			'contraceptive_larc_waiting'
		]);
		expect(sections.map((s) => [s.key, s.kpis.map((k) => k.id)])).toEqual([
			['/larc#larc-spc:gynaecological', ['gynae_larc_waiting', 'gynae_larc_within_target']],
			['/cancer#fds', ['fds_gynaecology']],
			['/larc#larc-spc:contraceptive', ['contraceptive_larc_waiting']]
		]);
	});
});
