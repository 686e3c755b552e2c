import { describe, expect, it } from 'vitest';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import {
	ageStructuresDiffer,
	esp2013Weight,
	groupRates,
	widestAgeStructureGap
} from './groupRates';

const row = (group: string, age_band: GroupAgeRow['age_band'], events: number, women: number) =>
	({
		period_end: '2026-10-31',
		group_key: group,
		group_name: group,
		reason: 'gynaecological',
		age_band,
		events,
		women
	}) satisfies GroupAgeRow;

// Group A is young, group B old; each band has the same rate in both (20 and 40 per 1,000).
const ROWS = [
	row('A', '25-34', 60, 3000),
	row('A', '45-54', 40, 1000),
	row('B', '25-34', 20, 1000),
	row('B', '45-54', 120, 3000)
];

describe('ESP 2013 weights of the dashboard age bands', () => {
	it('add up the five-year groups of each band', () => {
		expect(esp2013Weight('15-24')).toBe(5500 + 6000);
		expect(esp2013Weight('45-54')).toBe(7000 + 7000);
		// 65–69 … 85–89 and 90+.
		expect(esp2013Weight('65+')).toBe(5500 + 5000 + 4000 + 2500 + 1500 + 1000);
	});
});

describe('groupRates', () => {
	const { groups, icb } = groupRates(ROWS, {
		reason: 'gynaecological',
		periodEnd: '2026-10-31',
		years: 1
	});

	it('gives crude rates per 1,000 that differ only by age', () => {
		// A: 100 / 4,000 = 25 per 1,000; B: 140 / 4,000 = 35 per 1,000.
		expect(groups.map((g) => [g.key, g.events, g.women, g.crude.value])).toEqual([
			['A', 100, 4000, 25],
			['B', 140, 4000, 35]
		]);
	});

	it('and age-standardised rates that are the same', () => {
		// (20 × 12,500 + 40 × 14,000) / 26,500 = 30.566 per 1,000 for both groups.
		const dsr = (20 * 12500 + 40 * 14000) / 26500;
		expect(groups[0].standardised.value).toBeCloseTo(dsr, 10);
		expect(groups[1].standardised.value).toBeCloseTo(dsr, 10);
	});

	it('adds the groups band by band for the ICB', () => {
		// 240 / 8,000 = 30 per 1,000.
		expect(icb.events).toBe(240);
		expect(icb.crude.value).toBe(30);
	});

	it('says the age structures differ when a band share differs by 2 points or more', () => {
		const gap = widestAgeStructureGap(groups);
		// 25–34: 75 % of A's women, 25 % of B's.
		expect(gap).toEqual({ ageBand: '25-34', lowestShare: 0.25, highestShare: 0.75 });
		expect(ageStructuresDiffer(gap)).toBe(true);
		expect(ageStructuresDiffer({ ageBand: '25-34', lowestShare: 0.25, highestShare: 0.269 })).toBe(
			false
		);
	});
});
