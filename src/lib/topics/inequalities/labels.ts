/**
 * How the /inequalities page names its measures, groupings and groups, and the order groups are
 * shown in: the most deprived first; urban, then rural from the larger and nearer settlements.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import { formatMonth } from '$lib/format/numbers';
import type { RateAges } from '$lib/queries/larcRateAges';
import type { BenchmarkOutcome, Polarity } from '$lib/stats/benchmarking/compare';
import type {
	InequalityGrouping,
	InequalityMeasure,
	LarcRateMeasure
} from '$lib/url/inequalitiesParams';

export const MEASURE_NAME: Record<InequalityMeasure, string> = {
	waiting: 'Women waiting for LARC',
	requests: 'LARC requests',
	'median-wait': 'Median wait to a LARC fit',
	'community-share': 'Community share of gynaecological LARC',
	travel: 'Women near a LARC site (modelled)',
	'usc-referrals': 'Suspected gynaecological cancer referrals'
};

export const GROUPING_NAME: Record<InequalityGrouping, string> = {
	'imd-quintile': 'IMD 2025 national quintile',
	'imd-decile': 'IMD 2025 national decile',
	'rural-urban': 'Rural-urban classification 2021',
	locality: 'Locality of residence',
	pcn: 'PCN catchment (modelled)'
};

/** The grouping's name inside a sentence: "by rural-urban classification 2021". */
export const groupingInText = (g: InequalityGrouping) =>
	g === 'rural-urban' || g === 'locality'
		? `${GROUPING_NAME[g][0].toLowerCase()}${GROUPING_NAME[g].slice(1)}`
		: GROUPING_NAME[g];

/** ONS RUC 2021 codes in the order shown, with a short name for charts. */
const RUC21_SHORT: Record<string, string> = {
	UN1: 'Urban, nearer a major town or city',
	UF1: 'Urban, further from a major town or city',
	RLN1: 'Larger rural, nearer',
	RLF1: 'Larger rural, further',
	RSN1: 'Smaller rural, nearer',
	RSF1: 'Smaller rural, further'
};
const RUC21_ORDER = Object.keys(RUC21_SHORT);

const isImd = (g: InequalityGrouping) => g === 'imd-quintile' || g === 'imd-decile';

/** A group's label: "1 (most deprived)", "Larger rural, nearer", "Thurrock". */
export function groupLabel(grouping: InequalityGrouping, key: string, name: string): string {
	if (isImd(grouping)) {
		const last = grouping === 'imd-quintile' ? '5' : '10';
		return key === '1' ? '1 (most deprived)' : key === last ? `${key} (least deprived)` : key;
	}
	return grouping === 'rural-urban' ? (RUC21_SHORT[key] ?? name) : name;
}

/** Sorts groups as shown: IMD by number, RUC by the ONS order, localities and PCNs by name. */
export function groupOrder(grouping: InequalityGrouping) {
	return (a: { key: string; name: string }, b: { key: string; name: string }) => {
		if (isImd(grouping)) return Number(a.key) - Number(b.key);
		if (grouping === 'rural-urban') return RUC21_ORDER.indexOf(a.key) - RUC21_ORDER.indexOf(b.key);
		if (grouping === 'pcn') return a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
		return a.key.localeCompare(b.key);
	};
}

/** "per 1,000 women aged 15–64 a year" (requests) or "per 1,000 women aged 15–64" (waiting). */
export function perThousand(measure: LarcRateMeasure, ages: RateAges): string {
	return `per 1,000 women aged ${ages.label}${measure === 'requests' ? ' a year' : ''}`;
}

/** "in the 12 months to October 2026" or "at the end of October 2026". */
export function whenText(measure: LarcRateMeasure, window: Period): string {
	return measure === 'requests'
		? `in the 12 months to ${formatMonth(window.to)}`
		: `at the end of ${formatMonth(window.to)}`;
}

/** What is counted: "gynaecological LARC requests", "women waiting for gynaecological LARC". */
export function countedText(measure: LarcRateMeasure, reason: LarcReason): string {
	return measure === 'requests' ? `${reason} LARC requests` : `women waiting for ${reason} LARC`;
}

/**
 * Fewer women waiting, and shorter waits, are better; so are more fits in the community (the
 * hubs' aim) and more women near a site. For requests and USC referrals neither is: fewer can
 * mean less need or poorer access, so groups are only higher or lower than the ICB.
 */
export const POLARITY: Record<InequalityMeasure, Polarity> = {
	waiting: 'LowIsGood',
	requests: 'NoJudgement',
	'median-wait': 'LowIsGood',
	'community-share': 'HighIsGood',
	travel: 'HighIsGood',
	'usc-referrals': 'NoJudgement'
};

/** Each comparison with the ICB as an icon and words, so colour is never the only cue. */
export const OUTCOME_TEXT: Record<BenchmarkOutcome, { icon: string; text: string }> = {
	Better: { icon: '✓', text: 'Better than the ICB' },
	Best: { icon: '✓', text: 'Better than the ICB' },
	Worse: { icon: '✗', text: 'Worse than the ICB' },
	Worst: { icon: '✗', text: 'Worse than the ICB' },
	Similar: { icon: '=', text: 'Similar to the ICB' },
	Higher: { icon: '▲', text: 'Higher than the ICB' },
	Lower: { icon: '▼', text: 'Lower than the ICB' },
	NotCompared: { icon: '–', text: 'Not compared' }
};
