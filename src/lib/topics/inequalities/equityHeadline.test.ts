import { describe, expect, it } from 'vitest';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import { rateAges } from '$lib/queries/larcRateAges';
import { equityHeadline } from './equityHeadline';

const END = '2026-10-31';
const rows = (events: number[]): GroupAgeRow[] =>
	events.map((e, i) => ({
		period_end: END,
		group_key: String(i + 1),
		group_name: String(i + 1),
		reason: 'gynaecological',
		age_band: '25-34',
		events: e,
		women: 1000
	}));

const input = (events: number[]) => ({
	measure: 'waiting' as const,
	reason: 'gynaecological' as const,
	quintileRows: rows(events),
	window: { from: END, to: END },
	years: 1,
	ages: rateAges('gynaecological')
});

describe('equityHeadline', () => {
	it('gives the most to least deprived ratio with its interval, in words', () => {
		// 40 and 20 per 1,000: twice as likely, 95% CI 1.2 to 3.4 (log rate ratio, Poisson).
		const headline = equityHeadline(input([40, 30, 30, 30, 20]));
		expect(headline.sentence).toBe(
			'Women in the most deprived fifth of areas are 2.0 times as likely to be waiting for ' +
				'gynaecological LARC at the end of October 2026 as those in the least deprived fifth ' +
				'(95% CI 1.2 to 3.4).'
		);
		expect(headline.syntheticNote).toMatch(
			/^Synthetic demonstration data: the gap between areas is an assumption/
		);
		expect(headline.syntheticNote).toContain('18% lower');
	});

	it('says when the interval includes no difference', () => {
		// 22 and 20: 1.1 (0.60 to 2.0).
		expect(equityHeadline(input([22, 30, 30, 30, 20])).sentence).toMatch(
			/1\.1 times .* \(95% CI 0\.60 to 2\.0\): the interval includes no difference\.$/
		);
	});

	it('gives no ratio when a fifth has 1 to 7', () => {
		expect(equityHeadline(input([5, 30, 30, 30, 20])).sentence).toMatch(/^No ratio/);
	});
});
