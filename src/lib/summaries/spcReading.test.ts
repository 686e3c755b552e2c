import { describe, expect, it } from 'vitest';
import { ptdSpc, type ImprovementDirection, type SpcResult } from '$lib/stats/spc';
import { readVectors } from '$lib/stats/testVectors';
import { spcReading } from './spcReading';

// Readings of the whole-series vectors (spc_full_series.json); the wording is ours.
interface Series {
	name: string;
	inputs: {
		y: number[];
		improvement_direction: ImprovementDirection;
		target: number | null;
		rebase_at: number[] | null;
	};
}
const { series } = readVectors<{ series: Series[] }>('spc_full_series.json');

function runSeries(name: string): SpcResult {
	const { inputs } = series.find((s) => s.name === name)!;
	return ptdSpc(inputs.y, {
		improvementDirection: inputs.improvement_direction,
		target: inputs.target,
		rebase: inputs.rebase_at ?? []
	});
}

/** The same result as if the series had stopped at point `last` (limits unchanged). */
const upTo = (result: SpcResult, last: number): SpcResult => ({
	...result,
	points: result.points.slice(0, last + 1)
});

describe('spcReading', () => {
	it('reads an improving point above the upper limit and a hit-or-miss target', () => {
		expect(spcReading(runSeries('trend_up_then_shift_increase'))).toEqual({
			variation: 'Special cause — improving: the latest point is above the upper process limit',
			assurance:
				'The process will not consistently hit the target: it lies within the process limits, so hitting or missing it is down to chance',
			caution: null
		});
	});

	it('reads the same data as concerning when lower is better', () => {
		expect(spcReading(runSeries('trend_up_then_shift_decrease')).variation).toBe(
			'Special cause — concerning: the latest point is above the upper process limit'
		);
	});

	it('reads common cause variation and a consistently missed target', () => {
		const reading = spcReading(runSeries('shift_below_decrease_target_low'));
		expect(reading.variation).toBe('Common cause variation: no significant change');
		expect(reading.assurance).toBe(
			'The process will consistently miss the target unless it changes'
		);
	});

	it('counts the whole run for a shift and a trend', () => {
		const shift = upTo(runSeries('shift_below_decrease_target_low'), 17);
		expect(spcReading(shift).variation).toBe(
			'Special cause — improving: the last 8 points are below the mean'
		);
		const trend = upTo(runSeries('trend_down_increase_target_high'), 18);
		expect(spcReading(trend).variation).toBe(
			'Special cause — concerning: the last 7 points form a falling trend'
		);
	});

	it('reads a consistently met target and a near-limit pair', () => {
		const result = runSeries('outlier_and_2in3');
		expect(spcReading(result).assurance).toBe('The process will consistently hit the target');
		expect(spcReading(upTo(result, 20)).variation).toBe(
			'Special cause — concerning: 2 of the last 3 points are close to the upper process limit'
		);
	});

	it('reads neutral special cause and cautions on trial limits', () => {
		expect(spcReading(runSeries('trend_up_then_shift_neutral')).variation).toBe(
			'Special cause — higher (neither better nor worse): the latest point is above the upper process limit'
		);
		expect(spcReading(runSeries('rebase_after_12')).caution).toBe(
			'The limits are based on only 12 points, so treat them as provisional'
		);
	});
});
