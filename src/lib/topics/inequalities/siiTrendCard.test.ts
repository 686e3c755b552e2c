import { describe, expect, it } from 'vitest';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import { rateAges } from '$lib/queries/larcRateAges';
import { pheRate } from '$lib/stats/confidenceIntervals';
import { sii } from '$lib/stats/sii';
import { siiTrendCardModel, type SiiTrendCardInput } from './siiTrendCard';

/** Women waiting by quintile at one date: 1,000 women aged 25–34 in each. */
const at = (end: string, events: number[]): GroupAgeRow[] =>
	events.map((e, i) => ({
		period_end: end,
		group_key: String(i + 1),
		group_name: String(i + 1),
		reason: 'gynaecological',
		age_band: '25-34',
		events: e,
		women: 1000
	}));

// The gap closes: 40 → 20 per 1,000 across the quintiles, then 30 → 20, then level; then a
// quintile with 6 women waiting (withheld).
const INPUT: SiiTrendCardInput = {
	measure: 'waiting',
	reason: 'gynaecological',
	grouping: 'imd-quintile',
	rows: [
		...at('2024-06-30', [40, 35, 30, 25, 20]),
		...at('2024-09-30', [30, 27.5, 25, 22.5, 20].map(Math.round)),
		...at('2024-12-31', [20, 20, 20, 20, 20]),
		...at('2025-03-31', [20, 6, 20, 20, 20])
	],
	ends: ['2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31'],
	ages: rateAges('gynaecological'),
	hubs: [
		{ hubName: "Thurrock Women's Health Hub", openDate: '2024-09-02' },
		{ hubName: "Mid Essex Women's Health Hub", openDate: '2024-08-01' }
	]
};

describe('siiTrendCardModel', () => {
	const card = siiTrendCardModel(INPUT);
	const sii0 = card.series[0].points.map((p) => p.value);

	it('shows at each date the statistics library SII of the same rates', () => {
		const rates = [40, 35, 30, 25, 20].map((x) => pheRate(x, 1000, { multiplier: 1000 }));
		const expected = sii(
			rates.map((r, i) => ({
				quantile: i + 1,
				population: 1000,
				value: r.value,
				lowerCl: r.lower,
				upperCl: r.upper
			})),
			{ valueType: 'rate', repetitions: 10_000, seed: 1 }
		);
		expect(sii0[0]).toBe(expected.sii);
		expect(card.series[1].points[0].value).toBe(expected.siiLower);
		expect(card.rows[0].rii).toBe(expected.rii.toFixed(2));
	});

	it('follows the gap as it closes, with a gap in the line where a quintile is withheld', () => {
		// Slopes −25, −12.5 (rounded counts 30, 28, 25, 23, 20: −12.5 exactly), 0.
		expect(sii0[0]).toBeCloseTo(-25, 10);
		expect(sii0[1]).toBeCloseTo(-12.5, 10);
		expect(sii0[2]).toBeCloseTo(0, 10);
		expect(sii0[3]).toBeNull();
		expect(card.rows[3].sii).toBe('* (a group has 1 to 7)');
		expect(card.downloads[0].rows[3].at(-4)).toBe('');
	});

	it('marks each hub opening with its name', () => {
		expect(card.markers).toEqual([
			{ date: '2024-09-02', label: 'Thurrock hub opens' },
			{ date: '2024-08-01', label: 'Mid Essex hub opens' }
		]);
		expect(card.yDomain[0]).toBeLessThan(-25);
		expect(card.yDomain[1]).toBeGreaterThanOrEqual(0);
	});

	it('reads the latest date with a value, and the first for comparison', () => {
		expect(card.summary).toMatch(/^Synthetic demonstration data\. No slope index can be given/);
		const closed = siiTrendCardModel({ ...INPUT, ends: INPUT.ends.slice(0, 3) });
		expect(closed.summary).toMatch(
			/^Synthetic demonstration data\. 31 December 2024: the slope index of inequality was −?0\.0 per 1,000 women aged 15–64 \(95% CI .* the interval includes no gap\), relative index 1\.00 .*; 30 June 2024 it was −25\.0\.$/
		);
	});
});
