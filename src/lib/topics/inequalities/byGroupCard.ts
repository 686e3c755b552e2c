/**
 * The card of one measure by group: rates per 1,000 women with 95 % intervals, crude and
 * age-standardised, each group compared with the ICB as Fingertips does it (the group's interval
 * against the ICB value), and the download. The groups are compared on age-standardised rates
 * when their age structures differ (groupRates.ts), otherwise on crude rates. A group's figures
 * are withheld ("*") where its count is 1–7. ByGroupCard.svelte draws this model.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import {
	formatPercent1dp,
	formatSuppressedCount,
	ONE_DECIMAL,
	WHOLE_NUMBER
} from '$lib/format/numbers';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import type { RateAges } from '$lib/queries/larcRateAges';
import { compareWithBenchmark, type BenchmarkOutcome } from '$lib/stats/benchmarking/compare';
import { discloseDerived, SUPPRESSED } from '$lib/stats/disclosure';
import type { InequalityGrouping, LarcRateMeasure } from '$lib/url/inequalitiesParams';
import {
	ageStructuresDiffer,
	groupRates,
	widestAgeStructureGap,
	type Estimate,
	type GroupRate
} from './groupRates';
import {
	countedText,
	GROUPING_NAME,
	groupingInText,
	groupLabel,
	groupOrder,
	OUTCOME_TEXT,
	perThousand,
	POLARITY,
	whenText
} from './labels';

export interface ByGroupCardInput {
	measure: LarcRateMeasure;
	reason: LarcReason;
	grouping: InequalityGrouping;
	/** The query's rows; only the reason and the window's end are used. */
	rows: readonly GroupAgeRow[];
	window: Period;
	years: number;
	ages: RateAges;
	/** The groups shown (those of one locality); the ICB value is always the whole ICB's. */
	shown?: (key: string) => boolean;
}

export interface ChartBar {
	key: string;
	label: string;
	value: number;
	valueText: string;
}

export interface ByGroupRow {
	key: string;
	group: string;
	isTotal: boolean;
	events: string;
	crude: string;
	crudeInterval: string;
	standardised: string;
	standardisedInterval: string;
	outcome: BenchmarkOutcome | null;
	outcomeIcon: string;
	outcomeText: string;
}

export interface ByGroupCardModel {
	id: 'by-group';
	title: string;
	kind: 'synthetic';
	summary: string;
	chartLabel: string;
	bars: ChartBar[];
	reference: { value: number; label: string } | null;
	caption: string;
	/** Whether the groups are compared on age-standardised rates. */
	standardised: boolean;
	standardisationNote: string;
	polarityNote: string;
	rows: ByGroupRow[];
	downloads: Download[];
}

const one = ONE_DECIMAL.text;
const counts = (g: GroupRate) => [g.events];

/** An estimate as it may be shown: null parts where the group's count is 1–7. */
function shown(g: GroupRate, e: Estimate): Estimate {
	return {
		value: discloseDerived(e.value, counts(g)),
		lower: discloseDerived(e.lower, counts(g)),
		upper: discloseDerived(e.upper, counts(g))
	};
}

const valueText = (e: Estimate) => (e.value === null ? SUPPRESSED : one(e.value));
const intervalText = (e: Estimate) =>
	e.value === null
		? SUPPRESSED
		: e.lower === null || e.upper === null
			? '–'
			: `${one(e.lower)} to ${one(e.upper)}`;

function standardisationNote(groups: readonly GroupRate[], standardised: boolean): string {
	const gap = widestAgeStructureGap(groups);
	if (!gap) return '';
	const range = `${formatPercent1dp(gap.lowestShare)} to ${formatPercent1dp(gap.highestShare)}`;
	return standardised
		? `The groups are compared on age-standardised rates (European Standard Population 2013): ` +
				`their women differ in age (aged ${gap.ageBand.replace('-', '–')}: ${range} of each group's women), and ` +
				`the rate differs by age, so crude rates would compare ages as well as places.`
		: `The groups are compared on crude rates: their women are of similar ages (the share in ` +
				`any age band differs by under 2 points; the widest, aged ${gap.ageBand.replace('-', '–')}, ${range}). ` +
				`Age-standardised rates are in the table for reference.`;
}

export function byGroupCardModel(input: ByGroupCardInput): ByGroupCardModel {
	const { measure, reason, grouping, window, years, ages } = input;
	const { groups: unsorted, icb } = groupRates(input.rows, {
		reason,
		periodEnd: window.to,
		years
	});
	const inView = input.shown ?? (() => true);
	const groups = unsorted.filter((g) => inView(g.key)).sort(groupOrder(grouping));
	// Decided over every group of the grouping, not only those in view, so narrowing the view to
	// one locality never changes the rates compared.
	const standardised = ageStructuresDiffer(widestAgeStructureGap(unsorted));
	const compared = (g: GroupRate) => shown(g, standardised ? g.standardised : g.crude);
	const icbValue = compared(icb).value;
	const outcomeOf = (g: GroupRate) => {
		const e = compared(g);
		return compareWithBenchmark(
			{ value: e.value, lowerCi: e.lower, upperCi: e.upper },
			icbValue,
			POLARITY[measure]
		);
	};
	const rateKind = standardised ? 'age-standardised rate' : 'rate';
	const unit = perThousand(measure, ages);
	const when = whenText(measure, window);
	const label = (g: GroupRate) => groupLabel(grouping, g.key, g.name);

	const row = (g: GroupRate, isTotal: boolean): ByGroupRow => {
		const outcome = isTotal ? null : outcomeOf(g);
		return {
			key: g.key,
			group: isTotal ? ICB_AREA : label(g),
			isTotal,
			events: formatSuppressedCount(g.events),
			crude: valueText(shown(g, g.crude)),
			crudeInterval: intervalText(shown(g, g.crude)),
			standardised: valueText(shown(g, g.standardised)),
			standardisedInterval: intervalText(shown(g, g.standardised)),
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
	const perYear = measure === 'requests' ? '_a_year' : '';
	const caption = `${countedText(measure, reason)} ${unit} ${when}, by ${groupingInText(grouping)}`;

	return {
		id: 'by-group',
		title: `${GROUPING_NAME[grouping]}: ${countedText(measure, reason)} ${unit}`,
		kind: 'synthetic',
		summary:
			`Synthetic demonstration data. ${when[0].toUpperCase()}${when.slice(1)}, the ICB ${rateKind} ` +
			`was ${icbValue === null ? SUPPRESSED : one(icbValue)} ${countedText(measure, reason)} ${unit}; ` +
			`of the ${groups.length} groups by ${groupingInText(grouping)}: ${tallyText} (95% intervals).`,
		chartLabel: `Bar chart: ${countedText(measure, reason)} ${unit} (${rateKind}) ${when}, by ${groupingInText(grouping)}, with the ICB value as a line`,
		// A withheld group has no bar; the table shows it as "*".
		bars: groups.flatMap((g) => {
			const e = compared(g);
			if (e.value === null) return [];
			const interval =
				e.lower === null || e.upper === null ? '' : ` (${one(e.lower)}–${one(e.upper)})`;
			const { icon, text } = OUTCOME_TEXT[outcomeOf(g)];
			return [
				{
					key: g.key,
					label: label(g),
					value: e.value,
					valueText: `${one(e.value)}${interval} ${icon} ${text}`
				}
			];
		}),
		reference: icbValue === null ? null : { value: icbValue, label: `ICB ${one(icbValue)}` },
		caption,
		standardised,
		standardisationNote: standardisationNote(unsorted, standardised),
		polarityNote:
			POLARITY[measure] === 'LowIsGood'
				? 'Fewer women waiting is better: a group is better than the ICB when its whole 95% interval is below the ICB value, worse when it is above, otherwise similar.'
				: 'More or fewer requests is neither better nor worse (fewer can mean less need or poorer access): a group is higher than the ICB when its whole 95% interval is above the ICB value, lower when below, otherwise similar.',
		rows,
		downloads: [
			buildDownload<GroupRate & { isTotal: boolean }>({
				name: `larc-${measure}-by-${grouping}`,
				metadata: {
					title: caption,
					area: ICB_AREA,
					period: window,
					source: SOURCE.larcInequalities,
					kind: 'synthetic'
				},
				rows: [...groups.map((g) => ({ ...g, isTotal: false })), { ...icb, isTotal: true }],
				columns: [
					textColumn('reason', () => reason),
					textColumn('ages', () => ages.label),
					textColumn('grouping', () => GROUPING_NAME[grouping]),
					textColumn('group', (g) => (g.isTotal ? ICB_AREA : label(g))),
					countColumn(measure === 'requests' ? 'requests' : 'women_waiting', (g) => g.events),
					numberColumn('women_modelled', (g) => g.women, WHOLE_NUMBER),
					numberColumn(`rate_per_1000_women${perYear}`, (g) => g.crude.value, ONE_DECIMAL, {
						from: counts
					}),
					numberColumn('rate_lower_95', (g) => g.crude.lower, ONE_DECIMAL, { from: counts }),
					numberColumn('rate_upper_95', (g) => g.crude.upper, ONE_DECIMAL, { from: counts }),
					numberColumn(
						`age_standardised_rate_per_1000${perYear}`,
						(g) => g.standardised.value,
						ONE_DECIMAL,
						{ from: counts }
					),
					numberColumn('age_standardised_lower_95', (g) => g.standardised.lower, ONE_DECIMAL, {
						from: counts
					}),
					numberColumn('age_standardised_upper_95', (g) => g.standardised.upper, ONE_DECIMAL, {
						from: counts
					}),
					textColumn('compared_with_icb', (g) =>
						g.isTotal ? 'benchmark' : OUTCOME_TEXT[outcomeOf(g)].text
					)
				]
			})
		]
	};
}
