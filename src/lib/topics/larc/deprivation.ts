/**
 * LARC request rates by deprivation quintile, with 95 % intervals (Byar's, or exact Poisson under
 * 10: PHEindicatormethods phe_rate) and the slope index of inequality with a seeded Monte Carlo CI.
 * A quintile's rate and interval are withheld where its requests are 1–7 (rate × women would give
 * them back), and so is the slope index, which is worked out from every quintile's rate.
 */
import { format } from 'd3-format';
import { LARC_REASONS, type LarcReason, type Period } from '$lib/data/datasets';
import type { DeprivationRow } from '$lib/queries/larcDeprivation';
import type { RateAgesByReason } from '$lib/queries/larcRateAges';
import { pheRate } from '$lib/stats/confidenceIntervals';
import { discloseDerived, isSuppressedCount } from '$lib/stats/disclosure';
import { sii, type SiiResult } from '$lib/stats/sii';
import { formatMonth, ONE_DECIMAL, WHOLE_NUMBER } from '$lib/format/numbers';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { SOURCE } from '$lib/csv/provenance';
import { perThousandWomen } from './rateLabels';

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

/** The counts a quintile's rate and interval come from. */
export const rateCounts = (q: QuintileRate): readonly number[] => [q.requests];

/** A quintile's rate or interval end as it may be shown: null where withheld. */
export const shownRate = (q: QuintileRate, value: number | null) =>
	discloseDerived(value, rateCounts(q));

/** Why a reason has no slope index to show, when it has none. */
export type NoIndex = 'no-requests' | 'withheld' | 'not-calculable';

export interface ReasonInequality {
	reason: LarcReason;
	rates: QuintileRate[];
	index: SiiResult | null;
	/** Set when `index` is null. */
	noIndex: NoIndex | null;
}

function reasonInequality(reason: LarcReason, rates: QuintileRate[]): ReasonInequality {
	const none = (noIndex: NoIndex): ReasonInequality => ({ reason, rates, index: null, noIndex });
	if (rates.every((q) => q.requests === 0)) return none('no-requests');
	if (rates.some((q) => isSuppressedCount(q.requests))) return none('withheld');
	const index = slopeIndex(rates);
	// Too few quintiles, or a quintile without requests: its interval has no usable width, and the
	// Monte Carlo interval of the slope is then undefined (NaN).
	const calculable =
		index !== null && [index.sii, index.siiLower, index.siiUpper].every(Number.isFinite);
	return calculable ? { reason, rates, index, noIndex: null } : none('not-calculable');
}

export function inequalityByReason(
	rows: readonly DeprivationRow[],
	period: Period
): ReasonInequality[] {
	return LARC_REASONS.map((reason) =>
		reasonInequality(reason, quintileRates(rows, reason, period))
	);
}

const one = format('.1f');

const NO_INDEX: Record<NoIndex, (reason: LarcReason) => string> = {
	'no-requests': (reason) => `no ${reason} requests in this selection`,
	withheld: (reason) =>
		`no slope index for ${reason} requests: 1 to 7 came from some quintile, whose rate is withheld`,
	'not-calculable': (reason) => `too few ${reason} requests in some quintiles for a slope index`
};

function reading({ reason, index, noIndex }: ReasonInequality, ages: RateAgesByReason): string {
	if (!index) return NO_INDEX[noIndex ?? 'not-calculable'](reason);
	const { sii, siiLower, siiUpper } = index;
	const direction = sii < 0 ? 'more' : 'fewer';
	const certain = siiUpper < 0 || siiLower > 0;
	return (
		`${reason} requests: ${one(Math.abs(sii))} ${direction} a year ${perThousandWomen(ages[reason])} ` +
		`at the most deprived end than at the least (slope index of inequality ${one(sii)}, ` +
		`95% CI ${one(siiLower)} to ${one(siiUpper)}${certain ? '' : ', which includes no gap'})`
	);
}

// The gap is set by the data generator, so the headline says so before any figure: it must not
// read as a finding about patients.
const SYNTHETIC_GAP_NOTE =
	'Synthetic demonstration data: the generator sets LARC requests lower in more deprived areas ' +
	'(the direction published for England; the size is assumed), so this gap is not a finding about patients. ';

/** The card's one-sentence reading: each reason's slope index, with the ages its rate covers. */
export function deprivationSummary(
	byReason: readonly ReasonInequality[],
	ages: RateAgesByReason,
	areaLabel: string,
	period: Period
): string {
	const parts = byReason.map((entry) => reading(entry, ages));
	return (
		SYNTHETIC_GAP_NOTE +
		`In ${areaLabel}, ${formatMonth(period.from)} to ${formatMonth(period.to)}: ${parts.join('; ')}.`
	);
}

/** What the table's caption says the figures are: rates over each reason's ages. */
export function deprivationTitle(ages: RateAgesByReason, areaLabel: string): string {
	return (
		`LARC requests per 1,000 women a year by IMD 2025 national quintile (gynaecological: ` +
		`${ages.gynaecological.label}; contraceptive: ${ages.contraceptive.label}), ${areaLabel}`
	);
}

/** The card's download: one row per reason and quintile, with the ages its rate covers. */
export function deprivationDownload(
	byReason: readonly ReasonInequality[],
	ages: RateAgesByReason,
	areaLabel: string,
	period: Period
): Download {
	return buildDownload<QuintileRate & { reason: LarcReason }>({
		name: 'larc-requests-by-deprivation',
		metadata: {
			title: deprivationTitle(ages, areaLabel),
			area: areaLabel,
			period,
			source: SOURCE.larcDeprivation,
			kind: 'synthetic'
		},
		rows: byReason.flatMap((r) => r.rates.map((q) => ({ reason: r.reason, ...q }))),
		columns: [
			textColumn('reason', (q) => q.reason),
			textColumn('ages', (q) => ages[q.reason].label),
			textColumn('imd_2025_quintile', (q) => String(q.quintile)),
			countColumn('requests', (q) => q.requests),
			numberColumn('women_modelled', (q) => q.women, WHOLE_NUMBER),
			numberColumn('rate_per_1000_women_a_year', (q) => q.rate, ONE_DECIMAL, { from: rateCounts }),
			numberColumn('lower_95', (q) => q.lower, ONE_DECIMAL, { from: rateCounts }),
			numberColumn('upper_95', (q) => q.upper, ONE_DECIMAL, { from: rateCounts })
		]
	});
}
