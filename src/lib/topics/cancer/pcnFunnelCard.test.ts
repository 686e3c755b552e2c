import { describe, expect, it } from 'vitest';
import type { UscPcnRow } from '$lib/queries/uscReferrals';
import { pcnFunnelCardModel } from './pcnFunnelCard';

const pcn = (code: string, referrals: number, women: number): UscPcnRow => ({
	pcn_code: code,
	pcn_name: `PCN ${code}`,
	locality: 'Thurrock',
	referrals,
	women_registered: women,
	months: 12
});

const PERIOD = { from: '2025-11-01', to: '2026-10-31' };
// U3 has 6 referrals: a count of 1–7, withheld with everything worked from it.
const card = pcnFunnelCardModel({
	rows: [pcn('U1', 10, 1000), pcn('U2', 30, 2000), pcn('U3', 6, 1000)],
	period: PERIOD
});
const records = () =>
	card.downloads[0].rows.map((cells) =>
		Object.fromEntries(card.downloads[0].header.map((h, i) => [h, cells[i]]))
	);

describe('pcnFunnelCardModel', () => {
	it('gives each PCN its rate and interval per 100,000 women a year', () => {
		// 30 referrals among 2,000 women in a year: 1,500 per 100,000. Byar's 95% interval by hand:
		// 30 × (1 − 1/270 − 1.96/(3√30))³ / 2,000 × 100,000 = 1,012 and
		// 31 × (1 − 1/279 + 1.96/(3√31))³ / 2,000 × 100,000 = 2,141.
		expect(card.rows[1]).toEqual({
			pcnCode: 'U2',
			name: 'PCN U2',
			locality: 'Thurrock',
			referrals: '30',
			women: '2,000',
			rate: '1,500',
			ci: '1,012 to 2,141',
			funnel: 'Not significantly different'
		});
		// The ICB rate counts every PCN: 46 referrals among 4,000 women = 1,150 per 100,000.
		expect(card.chart.baseline).toBeCloseTo(1150, 10);
		expect(card.caption).toBe(
			'Synthetic urgent referrals for suspected gynaecological cancer by PCN, November 2025 to October 2026'
		);
	});

	it('withholds the rate, interval and funnel place of a PCN with 1–7 referrals', () => {
		// 6 per 1,000 women would be 600 per 100,000: shown as *, as its count is.
		expect(card.rows[2]).toEqual({
			pcnCode: 'U3',
			name: 'PCN U3',
			locality: 'Thurrock',
			referrals: '*',
			women: '1,000',
			rate: '*',
			ci: '*',
			funnel: 'Withheld: 1 to 7 referrals'
		});
		// The chart draws and reads out the other two PCNs only.
		expect(card.chart.points.map((p) => [p.key, p.value])).toEqual([
			['U1', 1000],
			['U2', 1500]
		]);
		expect(Object.keys(card.chart.descriptions)).toEqual(['U1', 'U2']);
		expect(card.summary).toBe(
			'Synthetic, November 2025 to October 2026: the ICB rate is 1,150 urgent referrals for ' +
				'suspected gynaecological cancer per 100,000 women a year; 0 of 2 PCNs lie outside the ' +
				'99.8% limits. 1 PCN has 1 to 7 referrals, so its rate is withheld and not drawn.'
		);
	});

	it('writes the same in the download: * for the count and every figure worked from it', () => {
		const [u1, , u3] = records();
		expect(u3).toMatchObject({
			pcn_code: 'U3',
			referrals_synthetic: '*',
			women_registered_estimated: 1000,
			rate_per_100000_women_a_year: '*',
			ci95_lower: '*',
			ci95_upper: '*',
			funnel_plot: 'Withheld: 1 to 7 referrals',
			data_kind: 'synthetic demonstration data'
		});
		expect(u1).toMatchObject({
			referrals_synthetic: '10',
			rate_per_100000_women_a_year: 1000
		});
		expect(card.downloads[0].fileName).toBe(
			'usc-gynae-referral-rates-by-pcn-synthetic_mid-and-south-essex-icb-qh8_2025-11-to-2026-10.csv'
		);
	});

	it('describes a drawn PCN for the keyboard read-out with its count rounded', () => {
		expect(card.chart.descriptions.U2).toBe(
			'PCN U2 (Thurrock): 1,500 per 100,000 women a year, about 30 referrals, about 2,000 women; ' +
				'Not significantly different'
		);
	});
});
