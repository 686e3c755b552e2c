import { describe, expect, it } from 'vitest';
import type { RttBandRow, RttMonthRow } from '$lib/queries/rttCompleted';
import { formatWeeks, rttHistogramBins, rttMonthTable, summariseRtt } from './rttSummaries';

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
