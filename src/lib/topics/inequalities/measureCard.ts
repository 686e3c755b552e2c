/**
 * The card of a measure beyond the LARC rates by group: the value with its 95 % interval, each
 * group compared with the ICB as Fingertips does it (the group's interval against the ICB value,
 * icon and words), the slope index across IMD groups where it means something, and the download.
 * A group's figures are withheld ("*") where a count they come from is 1–7. MeasureCard.svelte
 * draws this model.
 */
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { ICB_AREA } from '$lib/csv/provenance';
import type { DataKind } from '$lib/data/datasets';
import {
	formatSuppressedCount,
	ONE_DECIMAL,
	TWO_DECIMALS,
	WHOLE_NUMBER
} from '$lib/format/numbers';
import { compareWithBenchmark, type BenchmarkOutcome } from '$lib/stats/benchmarking/compare';
import { discloseDerived, SUPPRESSED } from '$lib/stats/disclosure';
import type { InequalityGrouping } from '$lib/url/inequalitiesParams';
import type { ChartBar } from './byGroupCard';
import type { Estimate } from './groupRates';
import { measureSlopeIndexOf, type IndexResult } from './inequalityIndices';
import { GROUPING_NAME, groupLabel, groupOrder, OUTCOME_TEXT, POLARITY } from './labels';
import type { GroupEstimate, MeasureEstimates } from './measureEstimates';
import type { MeasureWords } from './measureWords';

export interface MeasureRow {
	key: string;
	group: string;
	isTotal: boolean;
	numerator: string;
	denominator: string;
	value: string;
	interval: string;
	outcome: BenchmarkOutcome | null;
	outcomeIcon: string;
	outcomeText: string;
}

export interface MeasureCardModel {
	id: 'measure-by-group';
	title: string;
	kind: DataKind;
	summary: string;
	chartLabel: string;
	bars: ChartBar[];
	reference: { value: number; label: string } | null;
	caption: string;
	headers: { value: string; numerator: string; denominator: string | null };
	rows: MeasureRow[];
	/** The slope index in words, or why there is none; empty when not given for the measure. */
	indexNote: string;
	methodNote: string;
	polarityNote: string;
	downloads: Download[];
}

const one = ONE_DECIMAL.text;
const two = TWO_DECIMALS.text;

/** An estimate as it may be shown: null parts where a count it comes from is 1–7. */
export function shownEstimate(g: GroupEstimate): Estimate {
	return {
		value: discloseDerived(g.value, g.counts),
		lower: discloseDerived(g.lower, g.counts),
		upper: discloseDerived(g.upper, g.counts)
	};
}

const POLARITY_NOTE = {
	LowIsGood:
		'Lower is better: a group is better than the ICB when its whole 95% interval is below the ICB value, worse when above, otherwise similar.',
	HighIsGood:
		'Higher is better: a group is better than the ICB when its whole 95% interval is above the ICB value, worse when below, otherwise similar.',
	NoJudgement:
		'Higher or lower is neither better nor worse (fewer referrals can mean less need or poorer access): a group is higher than the ICB when its whole 95% interval is above the ICB value, lower when below, otherwise similar.'
} as const;

function indexNote(result: IndexResult | null, words: MeasureWords): string {
	if (result === null) return '';
	if (result.kind === 'none')
		return result.why === 'withheld'
			? 'No slope index of inequality: a group’s count is 1 to 7 (withheld).'
			: 'No slope index of inequality: a group has no figure or an interval at the end of the scale.';
	const { sii, siiLower, siiUpper, rii, riiLower, riiUpper } = result.index;
	const certain = siiUpper < 0 || siiLower > 0;
	const side = sii < 0 ? 'higher at the most deprived end' : 'higher at the least deprived end';
	const unit = words.unit === '%' ? ' percentage points' : ` ${words.unit}`;
	return (
		`Slope index of inequality ${one(sii)}${unit} (95% CI ${one(siiLower)} to ${one(siiUpper)}; ` +
		`${certain ? side : 'the interval includes no gap'}), relative index ${two(rii)} ` +
		`(${two(riiLower)} to ${two(riiUpper)}).`
	);
}

export interface MeasureCardInput {
	words: MeasureWords;
	grouping: InequalityGrouping;
	estimates: MeasureEstimates;
	/** The groups shown (those of one locality); the ICB value is always the whole ICB's. */
	shown?: (key: string) => boolean;
}

export function measureCardModel({
	words,
	grouping,
	estimates,
	shown: inView = () => true
}: MeasureCardInput): MeasureCardModel {
	const groups = estimates.groups.filter((g) => inView(g.key)).sort(groupOrder(grouping));
	const { icb } = estimates;
	const icbValue = shownEstimate(icb).value;
	const polarity = POLARITY[words.measure];
	const outcomeOf = (g: GroupEstimate) => {
		const e = shownEstimate(g);
		return compareWithBenchmark(
			{ value: e.value, lowerCi: e.lower, upperCi: e.upper },
			icbValue,
			polarity
		);
	};
	const isImd = grouping === 'imd-quintile' || grouping === 'imd-decile';
	const index = isImd && words.siiType ? measureSlopeIndexOf(groups, words.siiType) : null;
	const label = (g: GroupEstimate) => groupLabel(grouping, g.key, g.name);
	const count = (n: number) => (words.counted ? formatSuppressedCount(n) : WHOLE_NUMBER.text(n));
	const row = (g: GroupEstimate, isTotal: boolean): MeasureRow => {
		const e = shownEstimate(g);
		const outcome = isTotal ? null : outcomeOf(g);
		return {
			key: g.key,
			group: isTotal ? ICB_AREA : label(g),
			isTotal,
			numerator: count(g.numerator),
			denominator:
				g.denominator === null
					? ''
					: words.denominatorCounted
						? formatSuppressedCount(g.denominator)
						: WHOLE_NUMBER.text(g.denominator),
			value: e.value === null ? SUPPRESSED : words.plain(e.value),
			interval:
				e.value === null
					? SUPPRESSED
					: e.lower === null || e.upper === null
						? '–'
						: `${words.plain(e.lower)} to ${words.plain(e.upper)}`,
			outcome,
			outcomeIcon: outcome ? OUTCOME_TEXT[outcome].icon : '',
			outcomeText: outcome ? OUTCOME_TEXT[outcome].text : 'The benchmark'
		};
	};
	const rows = [...groups.map((g) => row(g, false)), row(icb, true)];
	const tally = new Map<string, number>();
	for (const r of rows)
		if (r.outcome) tally.set(r.outcomeText, (tally.get(r.outcomeText) ?? 0) + 1);
	const tallyText = [...tally]
		.map(([text, n]) => `${n} ${text[0].toLowerCase()}${text.slice(1)}`)
		.join(', ');
	const by = words.byText(grouping);
	const caption = `${words.name} (${words.unit}), ${words.who} ${words.when}, ${by}`;
	const kindText = words.kind === 'modelled' ? 'Modelled figures' : 'Synthetic demonstration data';
	const icbText = icbValue === null ? SUPPRESSED : words.withUnit(icbValue);
	const note = indexNote(index, words);
	const counts = (g: GroupEstimate) => g.counts;

	return {
		id: 'measure-by-group',
		title: `${GROUPING_NAME[grouping]}: ${words.name}`,
		kind: words.kind,
		summary:
			`${kindText}. ${words.name}, ${words.when}: ICB ${icbText}; of the ${groups.length} groups ` +
			`${by}: ${tallyText} (95% intervals).${note ? ` ${note}` : ''}`,
		chartLabel: `Bar chart: ${words.name} (${words.unit}) ${by}, with the ICB value as a line`,
		bars: groups.flatMap((g) => {
			const e = shownEstimate(g);
			if (e.value === null) return [];
			const interval =
				e.lower === null || e.upper === null
					? ''
					: ` (${words.plain(e.lower)}–${words.plain(e.upper)})`;
			const { icon, text } = OUTCOME_TEXT[outcomeOf(g)];
			return [
				{
					key: g.key,
					label: label(g),
					value: e.value,
					valueText: `${words.plain(e.value)}${interval} ${icon} ${text}`
				}
			];
		}),
		reference:
			icbValue === null ? null : { value: icbValue, label: `ICB ${words.plain(icbValue)}` },
		caption,
		headers: {
			value: words.valueHeader,
			numerator: words.numeratorHeader,
			denominator: words.denominatorHeader
		},
		rows,
		indexNote: note,
		methodNote: `95% intervals: ${words.interval}. Figures are of ${words.who}, ${words.when}.`,
		polarityNote: POLARITY_NOTE[polarity],
		downloads: [
			buildDownload<GroupEstimate & { isTotal: boolean }>({
				name: `${words.fileStem}-by-${grouping}`,
				metadata: {
					title: caption,
					area: ICB_AREA,
					period: words.period,
					source: words.source,
					kind: words.kind
				},
				rows: [...groups.map((g) => ({ ...g, isTotal: false })), { ...icb, isTotal: true }],
				columns: [
					textColumn('grouping', () => GROUPING_NAME[grouping]),
					textColumn('group', (g) => (g.isTotal ? ICB_AREA : label(g))),
					words.counted
						? countColumn(snake(words.numeratorHeader), (g) => g.numerator)
						: numberColumn(snake(words.numeratorHeader), (g) => g.numerator, WHOLE_NUMBER),
					...(words.denominatorHeader === null
						? []
						: [
								words.denominatorCounted
									? countColumn<GroupEstimate & { isTotal: boolean }>(
											snake(words.denominatorHeader),
											(g) => g.denominator
										)
									: numberColumn<GroupEstimate & { isTotal: boolean }>(
											snake(words.denominatorHeader),
											(g) => g.denominator,
											WHOLE_NUMBER
										)
							]),
					numberColumn(snake(words.valueHeader), (g) => g.value, ONE_DECIMAL, {
						from: counts,
						missing: ''
					}),
					numberColumn('lower_95', (g) => g.lower, ONE_DECIMAL, { from: counts, missing: '' }),
					numberColumn('upper_95', (g) => g.upper, ONE_DECIMAL, { from: counts, missing: '' }),
					textColumn('compared_with_icb', (g) =>
						g.isTotal ? 'benchmark' : OUTCOME_TEXT[outcomeOf(g)].text
					)
				]
			})
		]
	};
}

/** A header as a download column name: "All fits" → "all_fits", "(%)" → "percent". */
function snake(header: string): string {
	return header
		.replace('%', 'percent')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
}
