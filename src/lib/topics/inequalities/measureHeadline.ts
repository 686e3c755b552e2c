/**
 * The headline of a measure beyond the LARC rates, in words a board member reads: the most and
 * the least deprived fifth of areas side by side, each with its 95 % interval (USC referrals: the
 * localities with the highest and lowest rates, as the extract has no area of residence), and
 * first what the gap in synthetic or modelled figures can and cannot mean.
 */
import { assumedGapText } from '$lib/data/syntheticDeprivation';
import type { LarcReason } from '$lib/data/datasets';
import type { EquityHeadline } from './equityHeadline';
import type { Estimate } from './groupRates';
import type { GroupEstimate } from './measureEstimates';
import { shownEstimate } from './measureCard';
import type { MeasureWords } from './measureWords';

/** "9.1 weeks (95% CI 8.4 to 9.9)", or withheld. */
function valueWithInterval(words: MeasureWords, e: Estimate, ci = '95% CI '): string {
	if (e.value === null) return 'withheld (a count of 1 to 7)';
	const interval =
		e.lower === null || e.upper === null
			? 'too few for an interval'
			: `${ci}${words.plain(e.lower)} to ${words.plain(e.upper)}${words.unit === '%' ? '%' : ''}`;
	return `${words.withUnit(e.value)} (${interval})`;
}

function overlapText(a: Estimate, b: Estimate): string {
	if (a.lower === null || a.upper === null || b.lower === null || b.upper === null) return '.';
	return a.lower > b.upper || b.lower > a.upper
		? ': the intervals do not overlap.'
		: ': the intervals overlap, so the gap may be chance.';
}

function syntheticNote(words: MeasureWords, reason: LarcReason): string {
	switch (words.measure) {
		case 'travel':
			return (
				'Modelled figures: car travel times from the dashboard’s travel model to illustrative ' +
				'sites (not the real hub and spoke sites), so a gap here shows where those sites are, ' +
				'not measured journeys.'
			);
		case 'usc-referrals':
			return (
				'Synthetic demonstration data: referrals are shared among PCNs by their women with a ' +
				'random practice effect, so differences between localities are the data generator’s, ' +
				'not a finding about patients.'
			);
		default:
			return (
				'Synthetic demonstration data: any gap between areas comes from the data generator’s ' +
				`assumptions (${reason} requests are set ${assumedGapText(reason)} in the most deprived ` +
				'fifth of areas than in the least, and the hubs and their PCNs are planning assumptions), ' +
				'not from patients.'
			);
	}
}

function quintileSentence(words: MeasureWords, most: Estimate, least: Estimate): string {
	const m = valueWithInterval(words, most);
	const l = valueWithInterval(words, least, '');
	const gap = overlapText(most, least);
	switch (words.measure) {
		case 'median-wait':
			return (
				`Women in the most deprived fifth of areas waited a median of ${m} for a fit ` +
				`${words.when}, against ${l} in the least deprived fifth${gap}`
			);
		case 'community-share':
			return (
				`${words.when[0].toUpperCase()}${words.when.slice(1)}, ${m} of gynaecological LARC fits ` +
				`for women in the most deprived fifth of areas were in primary care or a hub, against ` +
				`${l} in the least deprived fifth${gap}`
			);
		default:
			return (
				`Modelled: ${m} of ${words.who} in the most deprived fifth of areas live ${words.near}, ` +
				`against ${l} in the least deprived fifth${gap}`
			);
	}
}

export function measureHeadline(input: {
	words: MeasureWords;
	reason: LarcReason;
	/** IMD quintiles for the LARC and travel measures; localities for USC referrals. */
	groups: readonly GroupEstimate[];
}): EquityHeadline {
	const { words, reason, groups } = input;
	const base = {
		syntheticNote: syntheticNote(words, reason),
		method: `${words.who[0].toUpperCase()}${words.who.slice(1)}; 95% intervals: ${words.interval}.`
	};
	if (words.measure === 'usc-referrals') {
		const shown = groups
			.map((g) => ({ g, e: shownEstimate(g) }))
			.filter((x) => x.e.value !== null)
			.sort((a, b) => a.e.value! - b.e.value!);
		const [low, high] = [shown[0], shown.at(-1)];
		return {
			...base,
			sentence:
				low && high && low !== high
					? `Suspected gynaecological cancer referrals ${words.when} ranged from ` +
						`${valueWithInterval(words, low.e)} in ${low.g.name} to ` +
						`${valueWithInterval(words, high.e, '')} in ${high.g.name}${overlapText(low.e, high.e)}`
					: `No range of suspected gynaecological cancer referrals between localities can be given ${words.when}.`
		};
	}
	const most = groups.find((g) => g.key === '1');
	const least = groups.find((g) => g.key === '5');
	return {
		...base,
		sentence:
			most && least
				? quintileSentence(words, shownEstimate(most), shownEstimate(least))
				: `No comparison of the most and least deprived fifths can be given ${words.when}.`
	};
}
