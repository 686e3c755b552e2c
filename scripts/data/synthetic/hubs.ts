/**
 * hubs (synthetic planning assumption): one women's health hub per locality, phase one opening
 * through summer 2024 (the MSE women's health strategy: "pessary services and LARC for
 * gynaecological purposes during the summer of 2024"), and which PCNs refer into it and from when.
 *
 * The real hub sites and PCN sign-up dates are not in the open data, so:
 * - the host practice is the practice (with a PCN) nearest the locality's population-weighted
 *   centre of women;
 * - the host practice's PCN joins on the opening date; every other PCN joins with probability
 *   PCN_ADOPTION_PROBABILITY, 0–6 months after opening (seeded), and at least one PCN per
 *   locality stays outside (pcn_start_date NULL) so that every locality has a comparison.
 */
import { LOCALITIES, type Locality } from '../../../src/lib/data/datasets';
import { monthOfDay, monthStartDay, parseDay } from './calendar';
import { distanceKm } from './catchment';
import type { SyntheticInputs } from './inputs';
import { createRng } from './random';

/** Phase-one opening dates, staggered through summer 2024 (planning assumption). */
export const HUB_OPEN_DATES: Readonly<Record<Locality, string>> = {
	'Basildon and Brentwood': '2024-07-01',
	'South East Essex': '2024-07-15',
	'Mid Essex': '2024-08-01',
	Thurrock: '2024-09-02'
};

export const PCN_ADOPTION_PROBABILITY = 0.6;
export const PCN_ADOPTION_MAX_DELAY_MONTHS = 6;

export interface HubPcnRow {
	locality: Locality;
	hub_name: string;
	host_practice_code: string;
	lat: number;
	lon: number;
	/** Day number (see calendar.ts). */
	open_date: number;
	pcn_code: string;
	/** Day number, or null when the PCN has not moved to the hub model. */
	pcn_start_date: number | null;
}

function hostPractice(inputs: SyntheticInputs, locality: Locality) {
	const lsoas = inputs.lsoas.filter((lsoa) => lsoa.locality === locality);
	let weight = 0;
	let lat = 0;
	let lon = 0;
	for (const lsoa of lsoas) {
		const women = lsoa.women.reduce((sum, value) => sum + value, 0);
		weight += women;
		lat += lsoa.lat * women;
		lon += lsoa.lon * women;
	}
	const [centreLat, centreLon] = [lat / weight, lon / weight];
	const candidates = inputs.practices.filter((practice) => practice.locality === locality);
	return candidates.reduce((best, practice) =>
		distanceKm(centreLat, centreLon, practice.lat, practice.lon) <
		distanceKm(centreLat, centreLon, best.lat, best.lon)
			? practice
			: best
	);
}

export function planHubs(seed: number, inputs: SyntheticInputs): HubPcnRow[] {
	const rng = createRng(seed, 'hubs');
	const rows: HubPcnRow[] = [];
	for (const locality of LOCALITIES) {
		const host = hostPractice(inputs, locality);
		const openDay = parseDay(HUB_OPEN_DATES[locality]);
		const pcnRows = inputs.pcns
			.filter((pcn) => pcn.locality === locality)
			.map((pcn) => {
				const adopts = pcn.code === host.pcnCode || rng.chance(PCN_ADOPTION_PROBABILITY);
				const delay = rng.int(PCN_ADOPTION_MAX_DELAY_MONTHS + 1);
				const start =
					pcn.code === host.pcnCode || delay === 0
						? openDay
						: monthStartDay(monthOfDay(openDay) + delay);
				return { pcn_code: pcn.code, pcn_start_date: adopts ? start : null };
			});
		const adopters = pcnRows.filter((row) => row.pcn_start_date !== null);
		if (adopters.length === pcnRows.length) {
			// Keep a comparison group: the last PCN to join (never the host's) stays outside.
			const latest = adopters
				.filter((row) => row.pcn_code !== host.pcnCode)
				.sort(
					(a, b) => b.pcn_start_date! - a.pcn_start_date! || (a.pcn_code < b.pcn_code ? 1 : -1)
				)[0];
			latest.pcn_start_date = null;
		}
		for (const row of pcnRows) {
			rows.push({
				locality,
				hub_name: `${locality} Women's Health Hub`,
				host_practice_code: host.code,
				lat: host.lat,
				lon: host.lon,
				open_date: openDay,
				...row
			});
		}
	}
	return rows;
}
