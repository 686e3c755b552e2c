/**
 * Shared pieces of the synthetic demand models: who asks (LSOA × age band, weighted by women and
 * deprivation), which practice and PCN they are registered with, and how PCNs join the hubs.
 */
import { AGE_BANDS } from '../../../src/lib/data/datasets';
import { buildCatchment, type Catchment } from './catchment';
import type { HubPcnRow } from './hubs';
import type { SyntheticInputs } from './inputs';
import { AliasTable, type Rng } from './random';

export const BAND_COUNT = AGE_BANDS.length;
/** Day-number sentinel for "no date" in the Int32Array columns (NULL in the tables). */
export const NO_DAY = -2_147_483_648;
/** Number of monthly periods in a synthetic extract. */
export const WINDOW_MONTHS = 36;

/** IMD quintiles, 1 = most deprived. */
const QUINTILES = 5;

/**
 * Relative rate by IMD quintile (index 0 = quintile 1, most deprived): 1 in the least deprived
 * quintile and `mostToLeast` in the most deprived, log-linear in between.
 */
export function deprivationGradient(mostToLeast: number): number[] {
	return Array.from({ length: QUINTILES }, (_, i) => mostToLeast ** ((QUINTILES - 1 - i) / 4));
}

/**
 * Expected events per month for each (LSOA, age band) cell, flattened as lsoa × BAND_COUNT + band:
 * women × rate per 1,000 per year ÷ 12000 × the deprivation multiplier of the LSOA's quintile.
 * The multiplier moves demand between quintiles but keeps the total at women × rate, so the
 * rates stay the ICB-wide rates they are calibrated as.
 */
export function cellWeights(
	inputs: SyntheticInputs,
	ratePer1000PerYear: readonly number[],
	deprivationMultiplier: readonly number[] | null
): Float64Array {
	const weights = new Float64Array(inputs.lsoas.length * BAND_COUNT);
	let withoutDeprivation = 0;
	inputs.lsoas.forEach((lsoa, l) => {
		const deprivation = deprivationMultiplier ? deprivationMultiplier[lsoa.imdQuintile - 1] : 1;
		for (let b = 0; b < BAND_COUNT; b++) {
			const expected = (lsoa.women[b] * ratePer1000PerYear[b]) / 12000;
			weights[l * BAND_COUNT + b] = expected * deprivation;
			withoutDeprivation += expected;
		}
	});
	const total = sum(weights);
	if (deprivationMultiplier && total > 0) {
		for (let i = 0; i < weights.length; i++) weights[i] *= withoutDeprivation / total;
	}
	return weights;
}

export function sum(values: ArrayLike<number>): number {
	let total = 0;
	for (let i = 0; i < values.length; i++) total += values[i];
	return total;
}

/** Everything about where a woman lives and is registered that the generators need. */
export interface Registration {
	catchment: Catchment;
	pcnOfPractice: Int32Array;
	/** First day of each PCN's hub pathway, or NO_DAY if it has not joined. */
	pathwayStart: Int32Array;
}

export function buildRegistration(inputs: SyntheticInputs, hubs: HubPcnRow[]): Registration {
	const pcnIndex = new Map(inputs.pcns.map((pcn, index) => [pcn.code, index]));
	const pathwayStart = new Int32Array(inputs.pcns.length).fill(NO_DAY);
	for (const row of hubs) {
		if (row.pcn_start_date !== null) pathwayStart[pcnIndex.get(row.pcn_code)!] = row.pcn_start_date;
	}
	return {
		catchment: buildCatchment(inputs.lsoas, inputs.practices),
		pcnOfPractice: Int32Array.from(inputs.practices, (practice) => pcnIndex.get(practice.pcnCode)!),
		pathwayStart
	};
}

/** A person drawn from a cell table: where they live, their age band and their practice. */
export interface Person {
	lsoa: number;
	band: number;
	practice: number;
	pcn: number;
}

export function drawPerson(cells: AliasTable, registration: Registration, rng: Rng): Person {
	const cell = cells.sample(rng);
	const lsoa = Math.floor(cell / BAND_COUNT);
	const practice =
		registration.catchment.practices[lsoa][registration.catchment.tables[lsoa].sample(rng)];
	return { lsoa, band: cell % BAND_COUNT, practice, pcn: registration.pcnOfPractice[practice] };
}

/** Whether a PCN is on its hub pathway on a given day. */
export function onPathway(registration: Registration, pcn: number, day: number): boolean {
	const start = registration.pathwayStart[pcn];
	return start !== NO_DAY && day >= start;
}

/** Splits n events over cells in proportion to weights (a multinomial draw), exactly n in all. */
export function multinomial(n: number, weights: readonly number[], rng: Rng): number[] {
	let remainingWeight = weights.reduce((total, weight) => total + weight, 0);
	let remaining = n;
	return weights.map((weight, i) => {
		const last = i === weights.length - 1;
		const count = last ? remaining : rng.binomial(remaining, weight / remainingWeight);
		remaining -= count;
		remainingWeight -= weight;
		return count;
	});
}
