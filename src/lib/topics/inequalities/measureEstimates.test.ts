import { describe, expect, it } from 'vitest';
import { medianWaitEstimates, referralRateEstimates, shareEstimates } from './measureEstimates';

const waits = (group: string, days: number, fits: number) => ({
	group_key: group,
	group_name: group,
	wait_days: days,
	fits
});

describe('medianWaitEstimates', () => {
	const { groups, icb } = medianWaitEstimates([
		waits('A', 7, 3),
		waits('A', 14, 3),
		waits('A', 21, 4),
		waits('B', 70, 2)
	]);

	it('gives each group’s median in weeks with its order-statistic interval', () => {
		// A in weeks: 1 1 1 2 2 2 3 3 3 3 (n = 10): median (2 + 2) / 2 = 2; ranks 2 and 9: 1 to 3.
		expect(groups[0]).toMatchObject({ key: 'A', numerator: 10, value: 2, lower: 1, upper: 3 });
		// B: two waits of 10 weeks; too few for an interval.
		expect(groups[1]).toMatchObject({ key: 'B', numerator: 2, value: 10, lower: null });
		expect(groups[1].counts).toEqual([2]);
	});

	it('takes the ICB’s median from all the waits together, not from the groups’ medians', () => {
		// 1 1 1 2 2 2 3 3 3 3 10 10 (n = 12): median (2 + 3) / 2 = 2.5. P(X ≤ 2) = 79/4096 = 0.019
		// ≤ 0.025 < P(X ≤ 3) = 299/4096 = 0.073, so ranks 3 and 10: 1 to 3.
		expect(icb).toMatchObject({ numerator: 12, value: 2.5, lower: 1, upper: 3 });
	});
});

describe('shareEstimates', () => {
	const rows = [
		{ group_key: 'A', group_name: 'A', numerator: 2, denominator: 4 },
		{ group_key: 'B', group_name: 'B', numerator: 0, denominator: 0 }
	];

	it('gives a share in per cent with its Wilson interval, none without a denominator', () => {
		const { groups, icb } = shareEstimates(rows, { counted: true });
		// 2 of 4 = 50%; Wilson 95%: 15.0% to 85.0%.
		expect(groups[0].value).toBe(50);
		expect(groups[0].lower).toBeCloseTo(15.0039, 3);
		expect(groups[0].upper).toBeCloseTo(84.9961, 3);
		expect(groups[1].value).toBeNull();
		expect(icb).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
	});

	it('lists the counts in, outside and in all for disclosure, and none for modelled women', () => {
		expect(shareEstimates(rows, { counted: true }).groups[0].counts).toEqual([2, 2, 4]);
		expect(shareEstimates(rows, { counted: false }).groups[0].counts).toEqual([]);
	});
});

describe('referralRateEstimates', () => {
	it('gives referrals per 1,000 women a year over the months of data', () => {
		const pcn = (code: string, locality: string, referrals: number, women: number) => ({
			pcn_code: code,
			pcn_name: `${code} PCN`,
			locality,
			referrals,
			women_registered: women,
			months: 2
		});
		const rows = [pcn('P1', 'T', 8, 1000), pcn('P2', 'M', 5, 2000), pcn('P3', 'T', 2, 3000)];
		const { groups, icb } = referralRateEstimates(rows, 'locality');
		expect(groups.map((g) => g.key)).toEqual(['T', 'M']);
		// T: 8 + 2 = 10 ÷ (4,000 × 2 ÷ 12 = 666.7 person-years) × 1,000 = 15.0; Byar's 7.18 to 27.59.
		expect(groups[0].value).toBeCloseTo(15, 10);
		expect(groups[0].lower).toBeCloseTo(7.1812, 3);
		expect(groups[0].upper).toBeCloseTo(27.5872, 3);
		// ICB: 15 ÷ 1,000 person-years × 1,000 = 15.0.
		expect(icb.value).toBeCloseTo(15, 10);
		expect(icb.denominator).toBeCloseTo(1000, 10);
		// By PCN: P2, 5 ÷ (2,000 × 2 ÷ 12) × 1,000 = 15.0.
		const byPcn = referralRateEstimates(rows, 'pcn');
		expect(byPcn.groups[1]).toMatchObject({ key: 'P2', name: 'P2 PCN', numerator: 5 });
	});
});
