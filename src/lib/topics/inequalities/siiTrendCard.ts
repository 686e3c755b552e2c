/**
 * The slope and relative index of inequality over time: at each quarter end (and the latest month
 * end), the SII of the measure's crude rates across IMD groups, with its 95 % Monte Carlo
 * interval, charted with the hub openings marked. Is the gap closing since the hubs opened?
 * SiiTrendCard.svelte draws this model.
 */
import type { LarcReason } from '$lib/data/datasets';
import { buildDownload, numberColumn, textColumn, type Download } from '$lib/csv/download';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import { formatDay, formatMonth, ONE_DECIMAL, TWO_DECIMALS } from '$lib/format/numbers';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import type { RateAges } from '$lib/queries/larcRateAges';
import type { SiiResult } from '$lib/stats/sii';
import type { LarcRateMeasure } from '$lib/url/inequalitiesParams';
import { groupRates } from './groupRates';
import { slopeIndexOf, type IndexResult, type NoIndex } from './inequalityIndices';
import { countedText, GROUPING_NAME, perThousand } from './labels';
import { personYears, windowEnding } from './periods';

export interface HubOpening {
	hubName: string;
	openDate: string;
}

export interface SiiTrendCardInput {
	measure: LarcRateMeasure;
	reason: LarcReason;
	grouping: 'imd-quintile' | 'imd-decile';
	/** Rows by the IMD grouping at every date in `ends`. */
	rows: readonly GroupAgeRow[];
	/** Quarter ends and the latest month end, in order. */
	ends: readonly string[];
	ages: RateAges;
	hubs: readonly HubOpening[];
}

interface TrendPoint {
	end: string;
	result: IndexResult;
}

export interface SiiTrendCardModel {
	id: 'slope-index';
	title: string;
	kind: 'synthetic';
	summary: string;
	chartLabel: string;
	yLabel: string;
	series: {
		key: string;
		label: string;
		colour: string;
		dash: string;
		points: { date: string; value: number | null }[];
	}[];
	markers: { date: string; label: string }[];
	yDomain: [number, number];
	caption: string;
	rows: {
		key: string;
		end: string;
		sii: string;
		siiInterval: string;
		rii: string;
		riiInterval: string;
	}[];
	hubsNote: string;
	downloads: Download[];
}

const one = ONE_DECIMAL.text;
const two = TWO_DECIMALS.text;

const NO_INDEX: Record<NoIndex, string> = {
	withheld: '* (a group has 1 to 7)',
	'not-calculable': '– (a group has none)'
};

function pointAt(input: SiiTrendCardInput, end: string): TrendPoint {
	const years = personYears(windowEnding(end, input.measure), input.measure);
	const { groups } = groupRates(input.rows, { reason: input.reason, periodEnd: end, years });
	groups.sort((a, b) => Number(a.key) - Number(b.key));
	return { end, result: slopeIndexOf(groups) };
}

const indexOf = (p: TrendPoint): SiiResult | null =>
	p.result.kind === 'index' ? p.result.index : null;

function direction(index: SiiResult, unit: string): string {
	const certain = index.siiUpper < 0 || index.siiLower > 0;
	const side =
		index.sii < 0 ? 'higher at the most deprived end' : 'higher at the least deprived end';
	return (
		`the slope index of inequality was ${one(index.sii)} ${unit} (95% CI ${one(index.siiLower)} to ` +
		`${one(index.siiUpper)}; ${certain ? side : 'the interval includes no gap'}), ` +
		`relative index ${two(index.rii)} (${two(index.riiLower)} to ${two(index.riiUpper)})`
	);
}

export function siiTrendCardModel(input: SiiTrendCardInput): SiiTrendCardModel {
	const { measure, reason, grouping, ages, hubs } = input;
	const points = input.ends.map((end) => pointAt(input, end));
	const unit = perThousand(measure, ages);
	const latest = points.at(-1);
	const first = points.find((p) => indexOf(p));
	const latestIndex = latest ? indexOf(latest) : null;
	const firstIndex = first ? indexOf(first) : null;
	const dated = (p: TrendPoint) =>
		measure === 'requests' ? `12 months to ${formatMonth(p.end)}` : formatDay(p.end);
	const summary =
		latest && latestIndex
			? `Synthetic demonstration data. ${dated(latest)}: ${direction(latestIndex, unit)}` +
				(first && firstIndex && first !== latest
					? `; ${dated(first)} it was ${one(firstIndex.sii)}.`
					: '.')
			: `Synthetic demonstration data. No slope index can be given for the latest date: some ${GROUPING_NAME[grouping]} has 1 to 7 or none.`;
	const series = [
		{
			key: 'sii',
			label: 'Slope index',
			colour: '#005eb8',
			dash: 'none',
			pick: (i: SiiResult) => i.sii
		},
		{
			key: 'lower',
			label: 'Lower 95%',
			colour: '#4c6272',
			dash: '2 3',
			pick: (i: SiiResult) => i.siiLower
		},
		{
			key: 'upper',
			label: 'Upper 95%',
			colour: '#4c6272',
			dash: '6 3',
			pick: (i: SiiResult) => i.siiUpper
		}
	].map(({ pick, ...s }) => ({
		...s,
		points: points.map((p) => {
			const index = indexOf(p);
			return { date: p.end, value: index ? pick(index) : null };
		})
	}));
	const values = series.flatMap((s) =>
		s.points.flatMap((p) => (p.value === null ? [] : [p.value]))
	);
	const yDomain: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
	const firstEnd = input.ends[0];
	const before = hubs.filter((h) => h.openDate < (firstEnd ?? ''));
	const caption = `Slope index of inequality in ${countedText(measure, reason)} ${unit}, across ${GROUPING_NAME[grouping]}s, by quarter`;
	const perYear = measure === 'requests' ? '_a_year' : '';

	return {
		id: 'slope-index',
		title: `Slope index of inequality over time: ${countedText(measure, reason)}`,
		kind: 'synthetic',
		summary,
		chartLabel: `Line chart: ${caption}, with its 95% interval and the hub openings marked`,
		yLabel: `Slope index (${unit})`,
		series,
		markers: hubs.map((h) => ({
			date: h.openDate,
			label: `${h.hubName.replace(" Women's Health Hub", '')} hub opens`
		})),
		yDomain,
		caption,
		rows: points.map((p) => {
			const index = indexOf(p);
			const none = p.result.kind === 'none' ? NO_INDEX[p.result.why] : '';
			return {
				key: p.end,
				end: dated(p),
				sii: index ? one(index.sii) : none,
				siiInterval: index ? `${one(index.siiLower)} to ${one(index.siiUpper)}` : '',
				rii: index ? two(index.rii) : '',
				riiInterval: index ? `${two(index.riiLower)} to ${two(index.riiUpper)}` : ''
			};
		}),
		hubsNote:
			`Hubs opened: ${hubs.map((h) => `${h.hubName}, ${formatDay(h.openDate)}`).join('; ')} (synthetic planning assumptions).` +
			(before.length > 0 && firstEnd
				? ` The first full 12 months of requests in the extract end on ${formatDay(firstEnd)}, after ${before.length === hubs.length ? 'every' : 'some'} hub opened, so this measure cannot show the gap before the hubs; the waiting list, counted at each quarter end, starts earlier.`
				: ''),
		downloads: [
			buildDownload<TrendPoint>({
				name: `larc-${measure}-slope-index-by-quarter`,
				metadata: {
					title: caption,
					area: ICB_AREA,
					period: input.ends.length > 0 ? windowSpan(input) : null,
					source: SOURCE.larcInequalities,
					kind: 'synthetic'
				},
				rows: points,
				columns: [
					textColumn('reason', () => reason),
					textColumn('ages', () => ages.label),
					textColumn('date', (p) => p.end),
					textColumn('grouping', () => GROUPING_NAME[grouping]),
					numberColumn(
						`slope_index_per_1000_women${perYear}`,
						(p) => indexOf(p)?.sii ?? null,
						ONE_DECIMAL,
						{ missing: '' }
					),
					numberColumn('slope_index_lower_95', (p) => indexOf(p)?.siiLower ?? null, ONE_DECIMAL, {
						missing: ''
					}),
					numberColumn('slope_index_upper_95', (p) => indexOf(p)?.siiUpper ?? null, ONE_DECIMAL, {
						missing: ''
					}),
					numberColumn('relative_index', (p) => indexOf(p)?.rii ?? null, TWO_DECIMALS, {
						missing: ''
					}),
					numberColumn(
						'relative_index_lower_95',
						(p) => indexOf(p)?.riiLower ?? null,
						TWO_DECIMALS,
						{ missing: '' }
					),
					numberColumn(
						'relative_index_upper_95',
						(p) => indexOf(p)?.riiUpper ?? null,
						TWO_DECIMALS,
						{ missing: '' }
					),
					textColumn('note', (p) => (p.result.kind === 'none' ? NO_INDEX[p.result.why] : ''))
				]
			})
		]
	};
}

/** From the first window's start to the last date. */
function windowSpan(input: SiiTrendCardInput) {
	return {
		from: windowEnding(input.ends[0], input.measure).from,
		to: input.ends[input.ends.length - 1]
	};
}
