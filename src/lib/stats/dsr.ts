/**
 * Directly standardised rates with Dobson confidence limits, as PHEindicatormethods
 * R/DSR.R (dsr_inner, calculate_dsr). Use unrounded counts: disclosure control is display-only.
 */
import { byarsLower, byarsUpper } from './confidenceIntervals';
import { confidenceProportion } from './distributions';

/**
 * 2013 European Standard Population, 19 five-year bands 0–4 … 85–89, 90+ (sums to 100,000):
 * PHEindicatormethods data/esp2013.rda.
 */
export const ESP2013: readonly number[] = [
	5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000,
	2500, 1500, 1000
];

/** DSRs are not published for fewer than 10 events (calculate_dsr sets them to NA). */
const MIN_EVENTS = 10;

export interface AgeBand {
	/** Events in the band; null counts as 0, as in R. */
	count: number | null;
	population: number;
	standardPopulation: number;
}

export interface DsrOptions {
	confidence?: number;
	/** Per 100,000 unless stated. */
	multiplier?: number;
}

export type DsrMethod = 'Dobson' | 'Dobson, with confidence adjusted for non-independent events';

export interface DsrResult {
	totalCount: number;
	totalPopulation: number;
	/** Null when there are fewer than 10 events, as are the limits. */
	value: number | null;
	lower: number | null;
	upper: number | null;
	statistic: string;
	method: DsrMethod;
}

function validateBands(bands: readonly AgeBand[]): void {
	if (bands.length === 0) throw new RangeError('at least one age band is needed');
	for (const b of bands) {
		if (b.count !== null && !(b.count >= 0)) throw new RangeError('counts must be zero or more');
		if (!(b.population > 0)) throw new RangeError('populations must be greater than zero');
		if (!(b.standardPopulation >= 0))
			throw new RangeError('standard populations must be zero or more');
	}
}

/** Dobson variance of a DSR before scaling: Σ xᵢ(wᵢ/nᵢ)² / (Σwᵢ)². */
function dobsonVariance(bands: readonly AgeBand[]): number {
	let weighted = 0;
	let weights = 0;
	for (const b of bands) {
		weighted += (b.count ?? 0) * (b.standardPopulation / b.population) ** 2;
		weights += b.standardPopulation;
	}
	return weighted / weights ** 2;
}

function dsrWithVariance(
	bands: readonly AgeBand[],
	variance: number,
	method: DsrMethod,
	{ confidence = 0.95, multiplier = 100_000 }: DsrOptions
): DsrResult {
	confidenceProportion(confidence);
	let totalCount = 0;
	let totalPopulation = 0;
	let weightedRate = 0;
	let weights = 0;
	for (const b of bands) {
		totalCount += b.count ?? 0;
		totalPopulation += b.population;
		weightedRate += ((b.count ?? 0) * b.standardPopulation) / b.population;
		weights += b.standardPopulation;
	}
	if (totalCount < MIN_EVENTS) {
		const statistic = `dsr NA for total count < ${MIN_EVENTS}`;
		return {
			totalCount,
			totalPopulation,
			value: null,
			lower: null,
			upper: null,
			statistic,
			method
		};
	}
	const value = (weightedRate / weights) * multiplier;
	// Dobson et al. (1991): scale the Byar's limits of the total count by √(var/O).
	const scale = Math.sqrt(variance / totalCount) * multiplier;
	const lowerCount = byarsLower(totalCount, confidence);
	return {
		totalCount,
		totalPopulation,
		value,
		lower: lowerCount === null ? null : value + scale * (lowerCount - totalCount),
		upper: value + scale * (byarsUpper(totalCount, confidence) - totalCount),
		statistic: `dsr per ${multiplier}`,
		method
	};
}

/** DSR of independent events (each person counted once per event). */
export function directlyStandardisedRate(
	bands: readonly AgeBand[],
	options: DsrOptions = {}
): DsrResult {
	validateBands(bands);
	return dsrWithVariance(bands, dobsonVariance(bands), 'Dobson', options);
}

export interface EventFrequencyBand {
	ageBand: string;
	/** Events per person in this row (1, 2, 3, …). */
	eventFrequency: number;
	/** People with exactly `eventFrequency` events; null counts as 0. */
	persons: number | null;
	population: number;
	standardPopulation: number;
}

/**
 * DSR of non-independent events (people can have several events): variance Σ_f f²·var_f, where
 * var_f is the Dobson variance of the people with exactly f events (calculate_dsr with
 * independent_events = FALSE). Rows for one age band must share population and standard population.
 */
export function directlyStandardisedRateNonIndependent(
	rows: readonly EventFrequencyBand[],
	options: DsrOptions = {}
): DsrResult {
	const byFrequency = new Map<number, AgeBand[]>();
	const byBand = new Map<string, AgeBand>();
	for (const row of rows) {
		if (!(row.eventFrequency > 0)) throw new RangeError('event frequencies must be positive');
		if (row.persons !== null && !(row.persons >= 0))
			throw new RangeError('persons must be zero or more');
		const band = {
			count: row.persons,
			population: row.population,
			standardPopulation: row.standardPopulation
		};
		byFrequency.set(row.eventFrequency, [...(byFrequency.get(row.eventFrequency) ?? []), band]);
		const events = row.eventFrequency * (row.persons ?? 0);
		const seen = byBand.get(row.ageBand);
		if (
			seen &&
			(seen.population !== row.population || seen.standardPopulation !== row.standardPopulation)
		) {
			throw new RangeError(`age band ${row.ageBand} has more than one population`);
		}
		byBand.set(row.ageBand, { ...band, count: (seen?.count ?? 0) + events });
	}
	const bands = [...byBand.values()];
	validateBands(bands);
	let variance = 0;
	for (const [frequency, frequencyBands] of byFrequency) {
		variance += frequency ** 2 * dobsonVariance(frequencyBands);
	}
	return dsrWithVariance(
		bands,
		variance,
		'Dobson, with confidence adjusted for non-independent events',
		options
	);
}
