import { describe, expect, it } from 'vitest';
import { wilsonLower, wilsonUpper } from '$lib/stats/confidenceIntervals';
import { communityShareCardModel, type CommunityShareCardInput } from './communityShareCard';

const pcn = (pcn_code: string, pcn_name: string, community_fits: number, all_fits: number) => ({
	pcn_code,
	pcn_name,
	locality: 'Thurrock',
	community_fits,
	all_fits
});

const input = (over: Partial<CommunityShareCardInput> = {}): CommunityShareCardInput => ({
	// August: 30 of 40; September: 3 of 20 (withheld); October: none.
	byMonth: [
		{ month_end: '2026-08-31', community_fits: 30, all_fits: 40 },
		{ month_end: '2026-09-30', community_fits: 3, all_fits: 20 }
	],
	byPcn: [pcn('U1', 'Grays PCN', 28, 48), pcn('U2', 'Tilbury PCN', 5, 12)],
	areaLabel: 'Thurrock',
	period: { from: '2026-08-01', to: '2026-10-31' },
	monthlyPeriod: { from: '2026-08-01', to: '2026-10-31' },
	...over
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('communityShareCardModel', () => {
	it('summarises the whole area against the 50% scenario, from unrounded counts', () => {
		const card = communityShareCardModel(input());
		// 33 of 60 = 55.0 %; Wilson 95 % interval 42.5 % to 66.9 %, which includes 50 %.
		expect(card.summary).toBe(
			`In Thurrock, August 2026 to October 2026, 55.0% of gynaecological LARC fits were in primary care or a hub ` +
				`(95% CI ${pct(wilsonLower(33, 60))} to ${pct(wilsonUpper(33, 60))}), not significantly different from the 50% national scenario.`
		);
		expect(pct(wilsonLower(33, 60))).toBe('42.5%');
	});

	it('withholds a share and its interval where a count is 1–7, in tables, charts and downloads', () => {
		const card = communityShareCardModel(input());
		// Grays: 28 of 48 = 58.3 %, shown, within 55 % ± 1.96 × √(0.55 × 0.45 ÷ 48) = ± 14 % of the
		// average; Tilbury: 5 of 12, withheld (its share and interval would give 5 and 12 back).
		expect(
			card.pcnRows.map((r) => [r.pcnName, r.community, r.all, r.share, r.significance])
		).toEqual([
			['Grays PCN', '30', '50', '58.3%', 'Not significant'],
			['Tilbury PCN', '*', '10', '*', '*']
		]);
		expect(card.pcnRows[0].interval).toBe(
			`${pct(wilsonLower(28, 48))} to ${pct(wilsonUpper(28, 48))}`
		);
		expect(card.pcnRows[1].interval).toBe('*');
		// The funnel draws Grays at its fits as published (48 → 50) and leaves Tilbury off.
		expect(card.funnel?.points.map((p) => [p.label, p.denominator, p.value])).toEqual([
			['Grays PCN', 50, 28 / 48]
		]);
		expect(card.funnel?.note).toBe(
			'1 PCN is not drawn: its community or total fits number 1 to 7, so its share is withheld.'
		);
		// Months: August 75.0 %, September withheld (a gap), October no fits (no point, "–").
		expect(card.monthly.series[0].points).toEqual([
			{ date: '2026-08-31', value: 0.75 },
			{ date: '2026-09-30', value: null }
		]);
		expect(card.monthly.note).not.toBeNull();
		expect(card.monthRows.map((m) => [m.month, m.community, m.all, m.share])).toEqual([
			[
				'Aug 2026',
				'30',
				'40',
				`75.0% (${pct(wilsonLower(30, 40))} to ${pct(wilsonUpper(30, 40))})`
			],
			['Sep 2026', '*', '20', '*'],
			['Oct 2026', '0', '0', '–']
		]);
		const [byPcn, byMonth] = card.downloads;
		const records = (d: typeof byPcn) =>
			d.rows.map((cells) => Object.fromEntries(d.header.map((h, i) => [h, cells[i]])));
		expect(records(byPcn)[1]).toMatchObject({
			community_fits: '*',
			all_gynaecological_fits: '10',
			community_share_percent: '*',
			lower_95_percent: '*',
			upper_95_percent: '*',
			funnel_significance: '*'
		});
		expect(records(byPcn)[0]).toMatchObject({ community_share_percent: 58.3 });
		expect(records(byMonth).map((r) => [r.community_share_percent, r.lower_95_percent])).toEqual([
			[75, Number((100 * wilsonLower(30, 40)).toFixed(1))],
			['*', '*'],
			[null, null]
		]);
	});

	it('withholds the headline share when the whole area has 1–7 fits', () => {
		const card = communityShareCardModel(
			input({ byMonth: [], byPcn: [pcn('U2', 'Tilbury PCN', 5, 12)], areaLabel: 'Tilbury PCN' })
		);
		expect(card.summary).toBe(
			'In Tilbury PCN, August 2026 to October 2026, too few gynaecological LARC fits to show the ' +
				'community share (1 to 7 in primary care or a hub, or in all).'
		);
		expect(card.funnel?.points).toEqual([]);
	});

	it('has nothing to draw with no fits at all', () => {
		const card = communityShareCardModel(input({ byMonth: [], byPcn: [] }));
		expect(card.summary).toBe(
			'No gynaecological LARC fits in Thurrock, August 2026 to October 2026.'
		);
		expect(card.monthly.series[0].points).toEqual([]);
		expect(card.funnel).toBeNull();
	});
});
