/**
 * Which practice a woman living in an LSOA is registered with. There is no open LSOA × practice
 * registration file in data/reference, so registration is modelled: among the practices (with a
 * PCN) in the LSOA's own locality, the nearest REGISTRATION_CANDIDATES are candidates and each is
 * weighted by exp(−distance / REGISTRATION_DECAY_KM), so the nearest practices are the likeliest.
 */
import { AliasTable } from './random';
import type { LsoaInput, PracticeInput } from './inputs';

export const REGISTRATION_CANDIDATES = 8;
export const REGISTRATION_DECAY_KM = 2;

const KM_PER_DEGREE_LAT = 111.2;

/** Equirectangular distance; accurate to well under 1 % over the ~60 km of the ICB. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const x = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
	const y = lat2 - lat1;
	return Math.sqrt(x * x + y * y) * KM_PER_DEGREE_LAT;
}

export interface Catchment {
	/** For each LSOA, the candidate practices (indices into the practices array)… */
	practices: Int32Array[];
	/** …their registration probabilities… */
	probabilities: Float64Array[];
	/** …and an alias table for drawing one. */
	tables: AliasTable[];
}

export function buildCatchment(lsoas: LsoaInput[], practices: PracticeInput[]): Catchment {
	const catchment: Catchment = { practices: [], probabilities: [], tables: [] };
	for (const lsoa of lsoas) {
		const nearest = practices
			.map((practice, index) => ({
				index,
				km: distanceKm(lsoa.lat, lsoa.lon, practice.lat, practice.lon),
				local: practice.locality === lsoa.locality
			}))
			.filter((candidate) => candidate.local)
			.sort((a, b) => a.km - b.km || a.index - b.index)
			.slice(0, REGISTRATION_CANDIDATES);
		if (nearest.length === 0) throw new Error(`No practice in the locality of ${lsoa.code}`);
		const weights = nearest.map((candidate) => Math.exp(-candidate.km / REGISTRATION_DECAY_KM));
		const total = weights.reduce((sum, weight) => sum + weight, 0);
		catchment.practices.push(Int32Array.from(nearest, (candidate) => candidate.index));
		catchment.probabilities.push(Float64Array.from(weights, (weight) => weight / total));
		catchment.tables.push(new AliasTable(weights));
	}
	return catchment;
}

/**
 * Shares an LSOA-level quantity out to PCNs through the registration probabilities; used for
 * each PCN's expected demand, which sets its synthetic capacity.
 */
export function perPcn(
	catchment: Catchment,
	pcnIndexOfPractice: Int32Array,
	pcnCount: number,
	valueOfLsoa: (lsoaIndex: number) => number
): Float64Array {
	const totals = new Float64Array(pcnCount);
	catchment.practices.forEach((candidates, lsoaIndex) => {
		const value = valueOfLsoa(lsoaIndex);
		candidates.forEach((practiceIndex, k) => {
			totals[pcnIndexOfPractice[practiceIndex]] += value * catchment.probabilities[lsoaIndex][k];
		});
	});
	return totals;
}
