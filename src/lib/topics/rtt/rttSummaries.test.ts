import { describe, expect, it } from 'vitest';
import type { RttBandRow, RttMonthRow } from '$lib/queries/rttCompleted';
import {
	formatWeeks,
	rttHistogramBins,
	rttMonthTable,
	summariseRtt,
	summariseRttTrend
} from './rttSummaries';

const band = (
	pathway: 'admitted' | 'non_admitted',
	weeks_from: number,
	patients: number | null
): RttBandRow => ({
	period: '2025-09-01',
	pathway,
	weeks_from,
	weeks_to: weeks_from === 104 ? null : weeks_from + 1,
	patients
});

const bands = [
	band('admitted', 0, 91),
	band('admitted', 20, 37),
	band('admitted', 60, 95),
	band('non_admitted', 0, null)
];
const summary: RttMonthRow[] = [
	{
		period: '2025-09-01',
		pathway: 'admitted',
		completed: 223,
		within_18_weeks: 91,
		over_52_weeks: 95
	},
	{
		period: '2025-09-01',
		pathway: 'non_admitted',
		completed: null,
		within_18_weeks: null,
		over_52_weeks: null
	}
];

describe('rttMonthTable', () => {
	it('gives the share within 18 weeks with its Wilson interval and banded percentiles', () => {
		const [admitted, nonAdmitted] = rttMonthTable(summary, bands);
		// 91 / 223 = 40.8 %; Wilson by hand 0.34565 to 0.47360.
		expect(admitted.share).toBeCloseTo(0.408072, 6);
		expect(admitted.lower).toBeCloseTo(0.345652, 6);
		expect(admitted.upper).toBeCloseTo(0.473605, 6);
		// Median target 111.5: 20.5 of the 37 in >20-21 → 20 + 20.5/37.
		expect(admitted.median).toEqual({ kind: 'weeks', weeks: 20 + 20.5 / 37 });
		expect(formatWeeks(admitted.p95)).toBe('60.9');
		expect(nonAdmitted).toMatchObject({ share: null, median: { kind: 'none' } });
		expect(formatWeeks(nonAdmitted.median)).toBe('Not published');
	});

	it('says "not published" in the summary rather than 0', () => {
		expect(summariseRtt(rttMonthTable(summary, bands), '2025-09-01')).toBe(
			'September 2025, gynaecology pathways completed at Mid and South Essex NHS FT: ' +
				'91 of 223 admitted (40.8%) within 18 weeks, 95 over 52 weeks; non-admitted: not published.'
		);
	});
});

describe('rttHistogramBins', () => {
	it('gives one month and pathway’s bands, keeping a band that was not published as null', () => {
		expect(rttHistogramBins(bands, '2025-09-01', 'non_admitted')).toEqual([
			{ from: 0, to: 1, value: null }
		]);
		expect(rttHistogramBins(bands, '2025-09-01', 'admitted')).toHaveLength(3);
	});
});

describe('summariseRttTrend', () => {
	const month = (
		period: string,
		pathway: 'admitted' | 'non_admitted',
		completed: number | null,
		within: number | null
	): RttMonthRow => ({
		period,
		pathway,
		completed,
		within_18_weeks: within,
		over_52_weeks: 0
	});
	const periods = ['2025-09-01', '2025-10-01', '2025-11-01'];

	it('describes the change from the first to the last month, not one month', () => {
		// The published gynaecology figures. Admitted 91/223 = 40.81 % → 86/189 = 45.50 %: +4.69
		// points; Wilson 34.6–47.4 % and 38.6–52.6 % overlap. Non-admitted 965/1658 = 58.20 % →
		// 1015/1806 = 56.20 %: −2.00 points; 55.8–60.6 % and 53.9–58.5 % overlap.
		const rows = rttMonthTable(
			[
				month('2025-09-01', 'admitted', 223, 91),
				month('2025-09-01', 'non_admitted', 1658, 965),
				month('2025-10-01', 'admitted', 230, 112),
				month('2025-10-01', 'non_admitted', 2005, 1019),
				month('2025-11-01', 'admitted', 189, 86),
				month('2025-11-01', 'non_admitted', 1806, 1015)
			],
			[]
		);
		const trend = summariseRttTrend(rows, periods);
		expect(trend).toBe(
			'Share of gynaecology pathways completed within 18 weeks at Mid and South Essex NHS FT, ' +
				'September 2025 to November 2025: admitted 40.8% to 45.5% (up 4.7 percentage points; ' +
				'the 95% intervals overlap); non-admitted 58.2% to 56.2% (down 2.0 percentage points; ' +
				'the 95% intervals overlap). With 3 months published, there are too few points for SPC, ' +
				'so no trend is called.'
		);
		expect(trend).not.toBe(summariseRtt(rows, '2025-11-01'));
	});

	it('says when intervals do not overlap, and names the months a pathway is published in', () => {
		// 20/100 (Wilson 13.3–28.9 %) → 60/100 (50.2–69.1 %): +40.0 points, no overlap.
		const rows = rttMonthTable(
			[
				month('2025-09-01', 'admitted', 100, 20),
				month('2025-09-01', 'non_admitted', null, null),
				month('2025-10-01', 'admitted', 100, 40),
				month('2025-10-01', 'non_admitted', 200, 100),
				month('2025-11-01', 'admitted', 100, 60),
				month('2025-11-01', 'non_admitted', 200, 100)
			],
			[]
		);
		expect(summariseRttTrend(rows, periods)).toBe(
			'Share of gynaecology pathways completed within 18 weeks at Mid and South Essex NHS FT, ' +
				'September 2025 to November 2025: admitted 20.0% to 60.0% (up 40.0 percentage points; ' +
				'the 95% intervals do not overlap); non-admitted 50.0% in October 2025 to 50.0% in ' +
				'November 2025 (about the same; the 95% intervals overlap). With 3 months published, ' +
				'there are too few points for SPC, so no trend is called.'
		);
	});
});
