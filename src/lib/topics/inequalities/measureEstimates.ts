/**
 * The measures beyond the LARC rates, by group and for the ICB (the groups added up), each with
 * its 95 % interval: the median wait (order-statistic interval, exact binomial ranks), shares
 * (Wilson) and USC referrals per 1,000 women a year (Byar's, exact Poisson under 10). `counts`
 * lists the counts a figure comes from, so it is withheld where any of them is 1–7.
 */
import type {
	GroupShareRow,
	GroupWaitDaysRow,
	PcnReferralsRow
} from '$lib/queries/inequalityMeasures';
import { pheProportion, pheRate } from '$lib/stats/confidenceIntervals';
import { medianWithInterval, type ValueCount } from '$lib/stats/medianInterval';
import type { Estimate } from './groupRates';

export interface GroupEstimate extends Estimate {
	key: string;
	name: string;
	/** Fits, fits in the community, women within the time, or referrals… */
	numerator: number;
	/** …and the fits, women or person-years they are out of; null for a median. */
	denominator: number | null;
	/** The counts the figure comes from (none for modelled women). */
	counts: number[];
}

export interface MeasureEstimates {
	groups: GroupEstimate[];
	icb: GroupEstimate;
}

const ICB = { key: 'icb', name: 'ICB' };
const DAYS_PER_WEEK = 7;
const MONTHS_PER_YEAR = 12;

/** Distinct groups in the order the rows give them. */
function groupsOf<R extends { group_key: string; group_name: string }>(rows: readonly R[]) {
	const groups = new Map<string, { key: string; name: string; rows: R[] }>();
	for (const r of rows) {
		const g = groups.get(r.group_key) ?? { key: r.group_key, name: r.group_name, rows: [] };
		g.rows.push(r);
		groups.set(r.group_key, g);
	}
	return [...groups.values()];
}

function medianOf(name: { key: string; name: string }, days: ValueCount[]): GroupEstimate {
	const m = medianWithInterval(
		days.map((d) => ({ value: d.value / DAYS_PER_WEEK, count: d.count }))
	);
	return {
		...name,
		numerator: m.n,
		denominator: null,
		counts: [m.n],
		value: m.median,
		lower: m.lower,
		upper: m.upper
	};
}

/** Median weeks from request to fit, by group; the ICB's from every group's waits together. */
export function medianWaitEstimates(rows: readonly GroupWaitDaysRow[]): MeasureEstimates {
	const days = (rs: readonly GroupWaitDaysRow[]) =>
		rs.map((r) => ({ value: r.wait_days, count: r.fits }));
	return {
		groups: groupsOf(rows).map((g) => medianOf(g, days(g.rows))),
		icb: medianOf(ICB, days(rows))
	};
}

function shareOf(
	name: { key: string; name: string },
	numerator: number,
	denominator: number,
	counts: number[]
): GroupEstimate {
	const share = denominator > 0 ? pheProportion(numerator, denominator, { multiplier: 100 }) : null;
	return {
		...name,
		numerator,
		denominator,
		counts,
		value: share?.value ?? null,
		lower: share?.lower ?? null,
		upper: share?.upper ?? null
	};
}

/**
 * A share in per cent. Of fits (`counted`): withheld where the fits in, outside or in all settings
 * are 1–7 (any one could be worked back from the others). Of modelled women: never withheld.
 */
export function shareEstimates(
	rows: readonly GroupShareRow[],
	{ counted }: { counted: boolean }
): MeasureEstimates {
	const countsOf = (n: number, d: number) => (counted ? [n, d - n, d] : []);
	const sum = (pick: (r: GroupShareRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
	const [numerator, denominator] = [sum((r) => r.numerator), sum((r) => r.denominator)];
	return {
		groups: rows.map((r) =>
			shareOf(
				{ key: r.group_key, name: r.group_name },
				r.numerator,
				r.denominator,
				countsOf(r.numerator, r.denominator)
			)
		),
		icb: shareOf(ICB, numerator, denominator, countsOf(numerator, denominator))
	};
}

function rateOf(
	name: { key: string; name: string },
	referrals: number,
	personYears: number
): GroupEstimate {
	const rate = pheRate(referrals, personYears, { multiplier: 1000 });
	return {
		...name,
		numerator: referrals,
		denominator: personYears,
		counts: [referrals],
		value: rate.value,
		lower: rate.lower,
		upper: rate.upper
	};
}

/**
 * Referrals per 1,000 women a year (women registered × months ÷ 12 person-years), by the PCN's
 * locality or by PCN, each summed in the rows' (PCN) order.
 */
export function referralRateEstimates(
	rows: readonly PcnReferralsRow[],
	by: 'locality' | 'pcn'
): MeasureEstimates {
	const years = (r: PcnReferralsRow) => (r.women_registered * r.months) / MONTHS_PER_YEAR;
	const keyed = rows.map((r) => ({
		group_key: by === 'pcn' ? r.pcn_code : r.locality,
		group_name: by === 'pcn' ? r.pcn_name : r.locality,
		...r
	}));
	const sum = (rs: readonly PcnReferralsRow[], pick: (r: PcnReferralsRow) => number) =>
		rs.reduce((s, r) => s + pick(r), 0);
	return {
		groups: groupsOf(keyed).map((g) =>
			rateOf(
				g,
				sum(g.rows, (r) => r.referrals),
				sum(g.rows, years)
			)
		),
		icb: rateOf(
			ICB,
			sum(rows, (r) => r.referrals),
			sum(rows, years)
		)
	};
}
