import { describe, expect, it } from 'vitest';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import { rateAges } from '$lib/queries/larcRateAges';
import { byGroupCardModel, type ByGroupCardInput } from './byGroupCard';

const END = '2026-10-31';
const row = (group: string, age_band: GroupAgeRow['age_band'], events: number, women: number) =>
	({
		period_end: END,
		group_key: group,
		group_name: group,
		reason: 'gynaecological',
		age_band,
		events,
		women
	}) satisfies GroupAgeRow;

// Women waiting per 1,000 at one age: 30, 20, 10, 5 (a count of 1–7, withheld) and 10 per 1,000.
const QUINTILES: ByGroupCardInput = {
	measure: 'waiting',
	reason: 'gynaecological',
	grouping: 'imd-quintile',
	rows: [30, 20, 10, 5, 10].map((events, i) => row(String(i + 1), '25-34', events, 1000)),
	window: { from: END, to: END },
	years: 1,
	ages: rateAges('gynaecological')
};

describe('byGroupCardModel', () => {
	const card = byGroupCardModel(QUINTILES);

	it('benchmarks each quintile against the ICB value, icon and words', () => {
		// ICB: 75 / 5,000 = 15 per 1,000. Quintile 1: 30 (Byar's 20.2 to 42.8) is above it, so worse
		// (fewer waiting is better); 20 (12.2 to 30.9) and 10 (exact 4.8 to 18.4) include it.
		expect(
			card.rows.map((r) => [r.group, r.events, r.crude, r.outcomeIcon, r.outcomeText])
		).toEqual([
			['1 (most deprived)', '30', '30.0', '✗', 'Worse than the ICB'],
			['2', '20', '20.0', '=', 'Similar to the ICB'],
			['3', '10', '10.0', '=', 'Similar to the ICB'],
			['4', '*', '*', '–', 'Not compared'],
			['5 (least deprived)', '10', '10.0', '=', 'Similar to the ICB'],
			['Mid and South Essex ICB (QH8)', '75', '15.0', '', 'The benchmark']
		]);
		expect(card.rows[0].crudeInterval).toBe('20.2 to 42.8');
		expect(card.reference).toEqual({ value: 15, label: 'ICB 15.0' });
	});

	it('draws no bar for a withheld quintile and says so in words, not colour', () => {
		expect(card.bars.map((b) => b.key)).toEqual(['1', '2', '3', '5']);
		expect(card.bars[0].valueText).toBe('30.0 (20.2–42.8) ✗ Worse than the ICB');
	});

	it('compares crude rates when the ages are alike, and says so', () => {
		expect(card.standardised).toBe(false);
		expect(card.standardisationNote).toMatch(/^The groups are compared on crude rates/);
		expect(card.summary).toBe(
			'Synthetic demonstration data. At the end of October 2026, the ICB rate was 15.0 women ' +
				'waiting for gynaecological LARC per 1,000 women aged 15–64; of the 5 groups by IMD 2025 ' +
				'national quintile: 1 worse than the ICB, 3 similar to the ICB, 1 not compared (95% intervals).'
		);
	});

	it('withholds the rates of a count of 1–7 in the download', () => {
		const [download] = card.downloads;
		const col = (name: string) => download.header.indexOf(name);
		const fourth = download.rows[3];
		expect(fourth[col('women_waiting')]).toBe('*');
		expect(fourth[col('rate_per_1000_women')]).toBe('*');
		expect(fourth[col('age_standardised_lower_95')]).toBe('*');
		expect(download.rows[0][col('rate_per_1000_women')]).toBe(30);
		expect(download.rows[5][col('compared_with_icb')]).toBe('benchmark');
	});

	it('compares age-standardised rates when the groups differ in age', () => {
		// A young and an old locality with the same rate at each age (20 and 40 per 1,000 a year).
		const aged = byGroupCardModel({
			...QUINTILES,
			measure: 'requests',
			grouping: 'locality',
			rows: [
				row('Thurrock', '25-34', 60, 3000),
				row('Thurrock', '45-54', 40, 1000),
				row('Mid Essex', '25-34', 20, 1000),
				row('Mid Essex', '45-54', 120, 3000)
			]
		});
		expect(aged.standardised).toBe(true);
		expect(aged.standardisationNote).toMatch(/aged 25–34: 25.0% to 75.0%/);
		// Both 30.6 per 1,000 a year age-standardised, as is the ICB: similar, and neither higher nor lower.
		expect(aged.rows.map((r) => [r.group, r.standardised, r.outcomeText])).toEqual([
			['Mid Essex', '30.6', 'Similar to the ICB'],
			['Thurrock', '30.6', 'Similar to the ICB'],
			['Mid and South Essex ICB (QH8)', '30.6', 'The benchmark']
		]);
	});
});
