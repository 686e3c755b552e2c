import { describe, expect, it } from 'vitest';
import { parseLarcState } from '$lib/topics/larc/state';
import { parseCancerState } from '$lib/topics/cancer/state';
import { parseMonthParam } from '$lib/url/monthParam';
import { kpiDetailLink } from './kpiDetailLink';

describe('kpiDetailLink', () => {
	it("opens the community share card on the tile's three months, not the whole extract", () => {
		const link = kpiDetailLink({
			id: 'gynae_larc_community_share',
			basis: { from: '2026-08', to: '2026-10' }
		});
		expect(link.page).toBe('/larc');
		expect(link.hash).toBe('#community-share');
		const { state, problems } = parseLarcState(new URLSearchParams(link.search));
		expect(problems).toEqual([]);
		expect(state).toMatchObject({
			fromMonth: '2026-08',
			toMonth: '2026-10',
			reason: 'gynaecological',
			measure: 'count'
		});
	});

	it("opens the SPC card on the tile's series and reason", () => {
		const link = kpiDetailLink({
			id: 'contraceptive_larc_waiting',
			basis: { from: '2023-11', to: '2026-10' }
		});
		expect(link.hash).toBe('#larc-spc');
		expect(parseLarcState(new URLSearchParams(link.search)).state).toMatchObject({
			fromMonth: '2023-11',
			toMonth: '2026-10',
			reason: 'contraceptive'
		});
	});

	it("opens the cancer and RTT cards on the tile's cancer and month", () => {
		const fds = kpiDetailLink({ id: 'fds_gynaecology', basis: { from: '2024-07', to: '2024-07' } });
		expect([fds.page, fds.hash]).toEqual(['/cancer', '#fds']);
		expect(parseCancerState(new URLSearchParams(fds.search)).state.cancer).toBe('gynaecological');
		const rtt = kpiDetailLink({
			id: 'rtt_gynaecology_within_18_weeks',
			basis: { from: '2025-11', to: '2025-11' }
		});
		expect([rtt.page, rtt.hash]).toEqual(['/rtt', '#rtt-distribution']);
		expect(parseMonthParam(new URLSearchParams(rtt.search))).toEqual({
			kind: 'one',
			month: '2025-11'
		});
	});
});
