/**
 * Gynaecology RTT completed pathways shaped for the cards: per month and pathway the share within
 * 18 weeks (Wilson 95% interval), those over 52 weeks, and the median and 95th percentile
 * estimated from the weekly bands as NHS England estimates them; and one month's bands as a
 * histogram. Trust-level counts are shown as NHS England publishes them.
 */
import { pheProportion } from '$lib/stats/confidenceIntervals';
import { percentileFromWeeklyBands, type BandedPercentile } from '$lib/stats/weeklyBandPercentile';
import type { HistogramBin } from '$lib/components/charts/histogram/types';
import {
	RTT_LONG_WAIT_WEEKS,
	type RttBandRow,
	type RttMonthRow,
	type RttPathway
} from '$lib/queries/rttCompleted';
import { formatCount, formatMonth, formatPercent1dp } from '$lib/format/numbers';
import { formatPublishedCount } from '$lib/format/notPublished';
import { RTT_STANDARD_WEEKS } from '$lib/facts';

/** RTT is published by provider: the trust whose gynaecology pathways these are (RAJ). */
export const TRUST_NAME = 'Mid and South Essex NHS FT';

export const PATHWAYS: readonly RttPathway[] = ['admitted', 'non_admitted'];

export const PATHWAY_LABEL: Record<RttPathway, string> = {
	admitted: 'Admitted (treated as an inpatient or day case)',
	non_admitted: 'Non-admitted (treated in outpatients, or discharged)'
};

export interface RttMonthTableRow {
	period: string;
	pathway: RttPathway;
	completed: number | null;
	within18: number | null;
	/** Share within 18 weeks (0–1) with its Wilson 95% interval; null = not published. */
	share: number | null;
	lower: number | null;
	upper: number | null;
	over52: number | null;
	median: BandedPercentile;
	p95: BandedPercentile;
}

function bandsOf(bands: readonly RttBandRow[], period: string, pathway: RttPathway) {
	return bands.filter((b) => b.period === period && b.pathway === pathway);
}

export function rttMonthTable(
	summary: readonly RttMonthRow[],
	bands: readonly RttBandRow[]
): RttMonthTableRow[] {
	return summary.map((row) => {
		const ci =
			row.completed && row.within_18_weeks !== null
				? pheProportion(row.within_18_weeks, row.completed)
				: null;
		const weekly = bandsOf(bands, row.period, row.pathway).map((b) => ({
			weeksFrom: b.weeks_from,
			weeksTo: b.weeks_to,
			patients: b.patients
		}));
		return {
			period: row.period,
			pathway: row.pathway,
			completed: row.completed,
			within18: row.within_18_weeks,
			share: ci?.value ?? null,
			lower: ci?.lower ?? null,
			upper: ci?.upper ?? null,
			over52: row.over_52_weeks,
			median: percentileFromWeeklyBands(weekly, 0.5),
			p95: percentileFromWeeklyBands(weekly, 0.95)
		};
	});
}

export function rttHistogramBins(
	bands: readonly RttBandRow[],
	period: string,
	pathway: RttPathway
): HistogramBin[] {
	return bandsOf(bands, period, pathway).map((b) => ({
		from: b.weeks_from,
		to: b.weeks_to,
		value: b.patients
	}));
}

/** "46.5", "104+" or "Not published", in weeks. */
export function formatWeeks(value: BandedPercentile): string {
	if (value.kind === 'weeks') return value.weeks.toFixed(1);
	if (value.kind === 'open') return `${value.atLeastWeeks}+`;
	return 'Not published';
}

export function summariseRtt(rows: readonly RttMonthTableRow[], period: string): string {
	const part = (pathway: RttPathway) => {
		const row = rows.find((r) => r.period === period && r.pathway === pathway);
		if (!row || row.share === null) return `${pathway.replace('_', '-')}: not published`;
		return (
			`${formatCount(row.within18!)} of ${formatCount(row.completed!)} ${pathway.replace('_', '-')} ` +
			`(${formatPercent1dp(row.share)}) within ${RTT_STANDARD_WEEKS} weeks, ` +
			`${formatPublishedCount(row.over52)} over ${RTT_LONG_WAIT_WEEKS} weeks`
		);
	};
	return (
		`${formatMonth(period)}, gynaecology pathways completed at ${TRUST_NAME}: ` +
		`${part('admitted')}; ${part('non_admitted')}.`
	);
}

const PATHWAY_SHORT: Record<RttPathway, string> = {
	admitted: 'admitted',
	non_admitted: 'non-admitted'
};

const overlaps = (a: RttMonthTableRow, b: RttMonthTableRow) =>
	a.lower! <= b.upper! && b.lower! <= a.upper!;

/**
 * The month-on-month card's summary: how the share within 18 weeks moved for each pathway from the
 * first to the last month published, in percentage points from unrounded shares, and whether the
 * two months' 95% intervals overlap.
 */
export function summariseRttTrend(
	rows: readonly RttMonthTableRow[],
	periods: readonly string[]
): string {
	const [from, to] = [periods[0], periods[periods.length - 1]];
	if (!from) return 'No gynaecology RTT figures are published.';
	const part = (pathway: RttPathway) => {
		const name = PATHWAY_SHORT[pathway];
		const published = periods.flatMap((period) =>
			rows.filter((r) => r.period === period && r.pathway === pathway && r.share !== null)
		);
		const [first, last] = [published[0], published[published.length - 1]];
		if (!first) return `${name} not published`;
		if (published.length === 1)
			return `${name} ${formatPercent1dp(first.share!)}, published for ${formatMonth(first.period)} only`;
		const sameRange = first.period === from && last.period === to;
		const at = (row: RttMonthTableRow) =>
			formatPercent1dp(row.share!) + (sameRange ? '' : ` in ${formatMonth(row.period)}`);
		const points = Math.round((last.share! - first.share!) * 1000) / 10;
		const change =
			points === 0
				? 'about the same'
				: `${points > 0 ? 'up' : 'down'} ${Math.abs(points).toFixed(1)} percentage points`;
		const intervals = overlaps(first, last)
			? 'the 95% intervals overlap'
			: 'the 95% intervals do not overlap';
		return `${name} ${at(first)} to ${at(last)} (${change}; ${intervals})`;
	};
	return (
		`Share of gynaecology pathways completed within ${RTT_STANDARD_WEEKS} weeks at ${TRUST_NAME}, ` +
		`${from === to ? formatMonth(from) : `${formatMonth(from)} to ${formatMonth(to)}`}: ` +
		`${part('admitted')}; ${part('non_admitted')}. ` +
		`With ${periods.length} ${periods.length === 1 ? 'month' : 'months'} published, there are too few points for SPC, so no trend is called.`
	);
}
