/**
 * LARC request rates by deprivation quintile, with 95 % intervals (Byar's, or exact Poisson under
 * 10: PHEindicatormethods phe_rate) and the slope index of inequality with a seeded Monte Carlo CI.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import type { DeprivationRow } from '$lib/queries/larcDeprivation';
import { pheRate } from '$lib/stats/confidenceIntervals';
import { sii, type SiiResult } from '$lib/stats/sii';

/** Requests per 1,000 women a year. */
const PER = 1000;
const DAYS_PER_YEAR = 365.25;
/** Fewer draws than R's default keep the page quick; the interval is stable to about 1 %. */
const SII_REPETITIONS = 10_000;

export interface QuintileRate {
	quintile: number;
	requests: number;
	women: number;
	rate: number;
	lower: number | null;
	upper: number | null;
}

export function yearsIn(period: Period): number {
	const days =
		(Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000 +
		1;
	return days / DAYS_PER_YEAR;
}

export function quintileRates(
	rows: readonly DeprivationRow[],
	reason: LarcReason,
	period: Period
): QuintileRate[] {
	const years = yearsIn(period);
	return rows
		.filter((r) => r.reason === reason && r.women > 0)
		.map((r) => {
			// Person-years at risk: women × years in the period.
			const rate = pheRate(r.requests, r.women * years, { multiplier: PER });
			return {
				quintile: r.imd_quintile,
				requests: r.requests,
				women: r.women,
				rate: rate.value!,
				lower: rate.lower,
				upper: rate.upper
			};
		});
}

/** Null unless all five quintiles have women and an interval (SII needs 5 or more quantiles). */
export function slopeIndex(rates: readonly QuintileRate[]): SiiResult | null {
	if (rates.length < 5 || rates.some((r) => r.lower === null || r.upper === null)) return null;
	return sii(
		rates.map((r) => ({
			quantile: r.quintile,
			population: r.women,
			value: r.rate,
			lowerCl: r.lower,
			upperCl: r.upper
		})),
		{ valueType: 'rate', repetitions: SII_REPETITIONS, seed: 1 }
	);
}
