/**
 * Percentiles of waiting time estimated from weekly bands, as NHS England publishes the RTT
 * median and 95th percentile: find the band holding the p × N-th patient and interpolate
 * linearly within it, assuming patients are spread evenly across the week. Checked against every
 * published median and 95th percentile in the reference RTT files (tests/unit/rttCompleted*.ts):
 * they agree to the published 1 decimal place, and a percentile in the open top band is
 * published as "104+", as here.
 */

export interface WeeklyBand {
	/** The band is "more than weeksFrom and up to weeksTo weeks". */
	weeksFrom: number;
	/** null for the open top band ("104 plus"). */
	weeksTo: number | null;
	/** null = not published. */
	patients: number | null;
}

export type BandedPercentile =
	| { kind: 'weeks'; weeks: number }
	/** Falls in the open top band: at least this many weeks. */
	| { kind: 'open'; atLeastWeeks: number }
	/** No patients, or a band not published. */
	| { kind: 'none' };

export function percentileFromWeeklyBands(
	bands: readonly WeeklyBand[],
	p: number
): BandedPercentile {
	if (!(p > 0 && p < 1)) throw new RangeError('p must be between 0 and 1');
	if (bands.some((band) => band.patients === null)) return { kind: 'none' };
	const sorted = [...bands].sort((a, b) => a.weeksFrom - b.weeksFrom);
	const total = sorted.reduce((sum, band) => sum + (band.patients ?? 0), 0);
	if (total === 0) return { kind: 'none' };
	const target = p * total;
	let before = 0;
	for (const band of sorted) {
		const count = band.patients ?? 0;
		if (count > 0 && before + count >= target) {
			if (band.weeksTo === null) return { kind: 'open', atLeastWeeks: band.weeksFrom };
			return {
				kind: 'weeks',
				weeks: band.weeksFrom + ((target - before) / count) * (band.weeksTo - band.weeksFrom)
			};
		}
		before += count;
	}
	return { kind: 'none' };
}
