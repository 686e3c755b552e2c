import { describe, expect, it } from 'vitest';
import { measureCardModel } from './measureCard';
import { measureHeadline } from './measureHeadline';
import { shareEstimates } from './measureEstimates';
import { measureWords } from './measureWords';

const WINDOW = { from: '2025-11-01', to: '2026-10-31' };
const words = measureWords({
	measure: 'community-share',
	reason: 'gynaecological',
	window: WINDOW,
	ages: '15–64',
	minutes: 30
});
// Fits in the community of all fits, by quintile: 30/100, 50/100, 5/10 (withheld: 5 is 1–7),
// 60/100, 80/100. ICB: 225 of 410 = 54.9%.
const estimates = shareEstimates(
	[
		[30, 100],
		[50, 100],
		[5, 10],
		[60, 100],
		[80, 100]
	].map(([numerator, denominator], i) => ({
		group_key: String(i + 1),
		group_name: String(i + 1),
		numerator,
		denominator
	})),
	{ counted: true }
);

describe('measureCardModel', () => {
	const card = measureCardModel({ words, grouping: 'imd-quintile', estimates });

	it('benchmarks each group against the ICB with an icon and words (higher is better)', () => {
		// Wilson 95%: 30/100 21.9–39.6 (below 54.9: worse); 50/100 40.4–59.6 (similar);
		// 60/100 50.2–69.1 (similar); 80/100 71.1–86.7 (above: better).
		expect(
			card.rows.map((r) => [
				r.group,
				r.numerator,
				r.denominator,
				r.value,
				r.outcomeIcon,
				r.outcomeText
			])
		).toEqual([
			['1 (most deprived)', '30', '100', '30.0', '✗', 'Worse than the ICB'],
			['2', '50', '100', '50.0', '=', 'Similar to the ICB'],
			['3', '*', '10', '*', '–', 'Not compared'],
			['4', '60', '100', '60.0', '=', 'Similar to the ICB'],
			['5 (least deprived)', '80', '100', '80.0', '✓', 'Better than the ICB'],
			['Mid and South Essex ICB (QH8)', '225', '410', '54.9', '', 'The benchmark']
		]);
		expect(card.rows[0].interval).toBe('21.9 to 39.6');
	});

	it('withholds the share of a group with a count of 1–7 in the chart, table and download, and the slope index with it', () => {
		expect(card.bars.map((b) => b.key)).toEqual(['1', '2', '4', '5']);
		const csv = card.downloads[0];
		const third = csv.rows.find((r) => r.includes('3'));
		expect(third?.filter((c) => c === '*').length).toBeGreaterThanOrEqual(4);
		expect(card.indexNote).toBe(
			'No slope index of inequality: a group’s count is 1 to 7 (withheld).'
		);
	});
});

describe('measureHeadline', () => {
	it('puts the most and least deprived fifths side by side with their intervals', () => {
		const headline = measureHeadline({ words, reason: 'gynaecological', groups: estimates.groups });
		expect(headline.sentence).toBe(
			'In the 12 months to October 2026, 30.0% (95% CI 21.9 to 39.6%) of gynaecological LARC fits ' +
				'for women in the most deprived fifth of areas were in primary care or a hub, against ' +
				'80.0% (71.1 to 86.7%) in the least deprived fifth: the intervals do not overlap.'
		);
		expect(headline.syntheticNote).toMatch(/^Synthetic demonstration data/);
	});
});
