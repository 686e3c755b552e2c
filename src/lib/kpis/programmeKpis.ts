/**
 * From query rows to the headline figures of the programme's newer measures (programmeRegistry.ts):
 * women within the travel threshold of a LARC site (modelled), the contraceptive LARC request rate
 * of the most deprived fifth of areas over the least, and the hubs' minimum requirements met.
 */
import type { LarcReason } from '$lib/data/datasets';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import type { HubMilestoneRow } from '$lib/queries/serviceOffers';
import type { TravelCoverageRow } from '$lib/queries/travelCoverage';
import { rateRatio, type RateRatio } from '$lib/stats/rateRatio';
import { isSuppressedCount } from '$lib/stats/disclosure';
import { formatCount, formatMonth, formatPercent1dp, formatRatio } from '$lib/format/numbers';
import { changeText, previousOf } from './kpiTrend';
import type { KpiResult } from './kpiResults';
import { HUB_MINIMUM_REQUIREMENTS, HUB_REQUIREMENT_FIELDS } from './programmeRegistry';

const month = (isoDate: string) => isoDate.slice(0, 7);

const notAvailable = (id: KpiResult['id'], why: string): KpiResult => ({
	id,
	value: null,
	valueText: 'Not available',
	period: '',
	basis: null,
	reading: why,
	spc: null,
	trend: [],
	change: null
});

/**
 * Women (modelled) are not patients, so no disclosure control; whole women, as the /access page
 * shows them. The figure is for a configuration of sites, not a month: no basis, never stale.
 */
export function travelCoverageKpi(
	row: TravelCoverageRow,
	a: { threshold: number; ages: string }
): KpiResult {
	const id = 'larc_travel_coverage';
	if (row.women <= 0) return notAvailable(id, 'No women of these ages in the area.');
	const share = row.within / row.women;
	return {
		id,
		value: share,
		valueText: formatPercent1dp(share),
		period: 'Illustrative sites, population mid-2020',
		basis: null,
		reading:
			`Modelled: ${formatCount(Math.round(row.within))} of ${formatCount(Math.round(row.women))} ` +
			`women aged ${a.ages} live within ${a.threshold} minutes by car of a site offering LARC for ` +
			'gynaecological reasons.',
		spc: null,
		trend: [],
		change: null
	};
}

/** The ratio at one date, or null when a count is 0 or 1–7 (withheld, as on /inequalities). */
function ratioAt(rows: readonly GroupAgeRow[], reason: LarcReason, end: string) {
	const fifth = (key: string) => {
		const chosen = rows.filter(
			(r) => r.reason === reason && r.period_end === end && r.group_key === key
		);
		return {
			events: chosen.reduce((s, r) => s + r.events, 0),
			personTime: chosen.reduce((s, r) => s + r.women, 0)
		};
	};
	const [most, least] = [fifth('1'), fifth('5')];
	if (isSuppressedCount(most.events) || isSuppressedCount(least.events)) return null;
	return rateRatio(most, least);
}

function ratioReading(r: RateRatio, reason: LarcReason): string {
	const interval = `(95% CI ${formatRatio(r.lower)} to ${formatRatio(r.upper)})`;
	if (r.lower <= 1 && r.upper >= 1)
		return `No significant difference between the most and least deprived fifths of areas in ${reason} LARC requests per woman ${interval}.`;
	const more = r.lower > 1 ? 'more' : 'fewer';
	return `Women in the most deprived fifth of areas made ${more} ${reason} LARC requests per woman than those in the least deprived fifth ${interval}.`;
}

/**
 * `ends`: month ends, oldest first; the last is the figure's, the others its sparkline. Each
 * counts the 12 months to it, so the person-time of both fifths is the same number of years and
 * cancels: the ratio of requests per woman.
 */
export function deprivationRateRatioKpi(
	rows: readonly GroupAgeRow[],
	reason: LarcReason,
	ends: readonly string[]
): KpiResult {
	const id = 'contraceptive_larc_deprivation_ratio';
	const end = ends.at(-1);
	const latest = end ? ratioAt(rows, reason, end) : null;
	if (!end || !latest)
		return notAvailable(
			id,
			'No ratio: one of the fifths has no requests, or 1 to 7 (withheld), in the 12 months.'
		);
	const trend = ends.map((date) => ({ date, value: ratioAt(rows, reason, date)?.ratio ?? null }));
	const from = new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 12, 1));
	return {
		id,
		value: latest.ratio,
		valueText: formatRatio(latest.ratio),
		period: `12 months to ${formatMonth(end)}`,
		basis: { from: from.toISOString().slice(0, 7), to: month(end) },
		reading: ratioReading(latest, reason),
		spc: null,
		trend,
		change: changeText('ratio', latest.ratio, previousOf(trend))
	};
}

/** `row`: the ICB's (or the locality's hub's) first dates; null fields are not met by `asAt`. */
export function hubRequirementsKpi(row: HubMilestoneRow | undefined, asAt: string): KpiResult {
	const id = 'hub_minimum_requirements_met';
	const met = row ? HUB_REQUIREMENT_FIELDS.filter((f) => row[f] !== null).length : 0;
	return {
		id,
		value: met,
		valueText: `${met} of ${HUB_MINIMUM_REQUIREMENTS}`,
		period: formatMonth(asAt),
		basis: { from: month(asAt), to: month(asAt) },
		reading: row
			? `${met} of NHS England's ${HUB_MINIMUM_REQUIREMENTS} minimum requirements met by ${formatMonth(asAt)}.`
			: `No hub in the area by ${formatMonth(asAt)}: none of the ${HUB_MINIMUM_REQUIREMENTS} minimum requirements met.`,
		spc: null,
		trend: [],
		change: null
	};
}
