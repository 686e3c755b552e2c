/**
 * Rates per 1,000 women by group, from rows split by age band: the crude rate with its 95 %
 * interval (Byar's, or exact Poisson under 10: PHEindicatormethods phe_rate) and the directly
 * age-standardised rate (European Standard Population 2013, Dobson limits), for each group and
 * for the ICB as a whole. Numerator and denominator cover the same ages (the query's rate ages).
 */
import type { AgeBand, LarcReason } from '$lib/data/datasets';
import type { GroupAgeRow } from '$lib/queries/larcInequalities';
import { pheRate } from '$lib/stats/confidenceIntervals';
import { directlyStandardisedRate, ESP2013 } from '$lib/stats/dsr';

/** Per 1,000 women (a year, for requests). */
export const PER = 1000;

export interface Estimate {
	value: number | null;
	lower: number | null;
	upper: number | null;
}

export interface GroupRate {
	key: string;
	name: string;
	/** Requests or women waiting, of the rate's ages. */
	events: number;
	/** Modelled women of the rate's ages (unrounded). */
	women: number;
	crude: Estimate;
	/** Null value under 10 events (PHEindicatormethods publishes no DSR below that). */
	standardised: Estimate;
	bands: { ageBand: AgeBand; events: number; women: number }[];
}

/**
 * The 2013 European Standard Population of a 10-year band ('15-24') or open band ('65+'): the sum
 * of its five-year groups (ESP2013 is 0–4, 5–9, … 85–89, 90+).
 */
export function esp2013Weight(band: AgeBand): number {
	const [from, to] = band.endsWith('+')
		? [Number(band.slice(0, -1)), 200]
		: band.split('-').map(Number);
	return ESP2013.reduce((sum, weight, i) => {
		const groupFrom = i * 5;
		const groupTo = i === ESP2013.length - 1 ? 200 : groupFrom + 4;
		return groupFrom >= from && groupTo <= to ? sum + weight : sum;
	}, 0);
}

function estimate(
	name: { key: string; name: string },
	bands: GroupRate['bands'],
	years: number
): GroupRate {
	const events = bands.reduce((s, b) => s + b.events, 0);
	const women = bands.reduce((s, b) => s + b.women, 0);
	const crude = pheRate(events, women * years, { multiplier: PER });
	const withWomen = bands.filter((b) => b.women > 0);
	const dsr = directlyStandardisedRate(
		withWomen.map((b) => ({
			count: b.events,
			population: b.women * years,
			standardPopulation: esp2013Weight(b.ageBand)
		})),
		{ multiplier: PER }
	);
	return {
		...name,
		events,
		women,
		crude: { value: crude.value, lower: crude.lower, upper: crude.upper },
		standardised: { value: dsr.value, lower: dsr.lower, upper: dsr.upper },
		bands
	};
}

/** The rows of one reason and date, by group in the order the rows give (the query's). */
export function groupRates(
	rows: readonly GroupAgeRow[],
	{ reason, periodEnd, years }: { reason: LarcReason; periodEnd: string; years: number }
): { groups: GroupRate[]; icb: GroupRate } {
	const chosen = rows.filter((r) => r.reason === reason && r.period_end === periodEnd);
	const byGroup = new Map<string, GroupAgeRow[]>();
	for (const r of chosen) byGroup.set(r.group_key, [...(byGroup.get(r.group_key) ?? []), r]);
	const bandsOf = (rs: readonly GroupAgeRow[]) =>
		rs.map((r) => ({ ageBand: r.age_band, events: r.events, women: r.women }));
	const groups = [...byGroup.values()].map((rs) =>
		estimate({ key: rs[0].group_key, name: rs[0].group_name }, bandsOf(rs), years)
	);
	// The ICB: every group's bands added up, band by band.
	const icbBands = new Map<AgeBand, { ageBand: AgeBand; events: number; women: number }>();
	for (const b of chosen) {
		const sum = icbBands.get(b.age_band) ?? { ageBand: b.age_band, events: 0, women: 0 };
		icbBands.set(b.age_band, { ...sum, events: sum.events + b.events, women: sum.women + b.women });
	}
	return { groups, icb: estimate({ key: 'icb', name: 'ICB' }, [...icbBands.values()], years) };
}

/**
 * Groups' age structures differ when the share of women in some age band differs between them by
 * this much or more (a local rule): crude rates would then compare age as well as place, so the
 * groups are compared on age-standardised rates.
 */
export const AGE_STRUCTURE_DIFFERENCE = 0.02;

export interface AgeStructureGap {
	ageBand: AgeBand;
	lowestShare: number;
	highestShare: number;
}

/** The age band whose share of women differs most between the groups. */
export function widestAgeStructureGap(groups: readonly GroupRate[]): AgeStructureGap | null {
	let widest: AgeStructureGap | null = null;
	const bands = new Set(groups.flatMap((g) => g.bands.map((b) => b.ageBand)));
	for (const ageBand of bands) {
		const shares = groups
			.filter((g) => g.women > 0)
			.map((g) => (g.bands.find((b) => b.ageBand === ageBand)?.women ?? 0) / g.women);
		const gap = { ageBand, lowestShare: Math.min(...shares), highestShare: Math.max(...shares) };
		if (!widest || gap.highestShare - gap.lowestShare > widest.highestShare - widest.lowestShare)
			widest = gap;
	}
	return widest;
}

export function ageStructuresDiffer(gap: AgeStructureGap | null): boolean {
	return gap !== null && gap.highestShare - gap.lowestShare >= AGE_STRUCTURE_DIFFERENCE;
}
