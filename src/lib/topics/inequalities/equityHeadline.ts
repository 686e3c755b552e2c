/**
 * The page's headline in words a board member reads: how many times as likely women in the most
 * deprived fifth of areas are to be waiting (or to ask) as those in the least deprived fifth, with
 * its 95 % interval; and, first, that in synthetic data the gap is the generator's assumption.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import { assumedGapText } from '$lib/data/syntheticDeprivation';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import type { RateAges } from '$lib/queries/larcRateAges';
import type { LarcRateMeasure } from '$lib/url/inequalitiesParams';
import { groupRates } from './groupRates';
import { rateRatio } from './inequalityIndices';
import { whenText } from './labels';

export interface EquityHeadline {
	/** Said before any figure: the gap in synthetic data is assumed, not found. */
	syntheticNote: string;
	sentence: string;
	/** How the interval is worked out, under the sentence. */
	method: string;
}

/** Two significant figures, as a board paper gives a ratio: 2.0, 1.4, 0.82. */
const ratioText = (x: number) => (x >= 10 ? x.toFixed(0) : x.toPrecision(2));

export function equityHeadline(input: {
	measure: LarcRateMeasure;
	reason: LarcReason;
	/** Rows by IMD quintile ('1' most deprived, '5' least). */
	quintileRows: readonly GroupAgeRow[];
	window: Period;
	years: number;
	ages: RateAges;
}): EquityHeadline {
	const { measure, reason, window, years, ages } = input;
	const { groups } = groupRates(input.quintileRows, { reason, periodEnd: window.to, years });
	const most = groups.find((g) => g.key === '1');
	const least = groups.find((g) => g.key === '5');
	const ratio = most && least ? rateRatio(most, least) : null;
	const what =
		measure === 'waiting'
			? `as likely to be waiting for ${reason} LARC ${whenText(measure, window)}`
			: `as many ${reason} LARC requests per woman ${whenText(measure, window)}`;
	const verb = measure === 'waiting' ? 'are' : 'made';
	const sentence = ratio
		? `Women in the most deprived fifth of areas ${verb} ${ratioText(ratio.ratio)} times ${what} ` +
			`as those in the least deprived fifth (95% CI ${ratioText(ratio.lower)} to ${ratioText(ratio.upper)})` +
			(ratio.lower > 1 || ratio.upper < 1 ? '.' : ': the interval includes no difference.')
		: `No ratio of the most to the least deprived fifth can be given for ${reason} LARC ` +
			`${whenText(measure, window)}: one of them has none, or 1 to 7 (withheld).`;
	return {
		syntheticNote:
			`Synthetic demonstration data: the gap between areas is an assumption of the data ` +
			`generator (${reason} requests are set ${assumedGapText(reason)} in the most deprived fifth ` +
			`of areas than in the least), not a finding about patients.`,
		sentence,
		method:
			`Women aged ${ages.label}, living in areas of each IMD 2025 national quintile; the ratio of ` +
			`crude rates, with a 95% confidence interval from the log rate ratio and its Poisson ` +
			`variance (1/a + 1/b).`
	};
}
