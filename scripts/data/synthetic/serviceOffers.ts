/**
 * service_offers (synthetic demonstration data): what each PCN offers of each service in the
 * catalogue, and from when, consistent with the hubs plan: phase-one services start on the day a
 * PCN joins its locality's hub pathway (hubs.pcn_start_date). Assumptions: serviceAssumptions.ts.
 *
 * One row per change of level. In this synthetic history levels only rise; a PCN × service with
 * no row is not offered. A service that is part of a core service (a national_core row with a
 * parent, e.g. gynaecological LARC within menstrual problems) lifts its parent to its level.
 */
import type { CatalogueRow } from '../../../src/lib/data/serviceContracts';
import { SERVICE_LEVELS, type ServiceLevel } from '../../../src/lib/data/services';
import { monthOfDay, monthStartDay, parseDay } from './calendar';
import type { HubPcnRow } from './hubs';
import type { SyntheticInputs } from './inputs';
import { createRng } from './random';
import {
	BASELINE_CONTRACEPTIVE_LARC_PROBABILITY,
	BASELINE_DATE,
	BASELINE_EVERY_PRACTICE,
	CLINICIAN_TYPES,
	MENOPAUSE_TRAINING_ONLINE_DATE,
	OFF_PATHWAY_FACTOR,
	ON_JOINING,
	PHASE_TWO_SPREAD_MONTHS,
	PHASE_TWO_START,
	PHASE_TWO_STEPS,
	PROVIDER_OF_SERVICE,
	PROVIDERS,
	SPOKE_SITE_PROBABILITY,
	TRIAGE_MAX_DELAY_MONTHS,
	TRIAGED_AFTER_JOINING
} from './serviceAssumptions';

export interface ServiceOfferRecord {
	pcn_code: string;
	/** The practice where it is delivered in person; null = virtual, or at each practice. */
	site_code: string | null;
	service_code: string;
	level: ServiceLevel;
	/** Day number (calendar.ts). */
	start_date: number;
	provider: string;
	clinician_types: string | null;
}

const rank = (level: ServiceLevel) => SERVICE_LEVELS.indexOf(level);

export function generateServiceOffers(
	seed: number,
	inputs: SyntheticInputs,
	hubs: readonly HubPcnRow[],
	catalogue: readonly CatalogueRow[],
	endDay: number
): ServiceOfferRecord[] {
	const services = new Map(catalogue.map((row) => [row.service_code, row]));
	const rng = createRng(seed, 'service-offers');
	const events: ServiceOfferRecord[] = [];
	const offer = (
		pcn: string,
		service: string,
		level: ServiceLevel,
		day: number,
		site: string | null,
		provider = PROVIDER_OF_SERVICE[service] ?? PROVIDERS.pcn
	) => {
		if (!services.has(service)) throw new Error(`Service '${service}' is not in the catalogue`);
		events.push({
			pcn_code: pcn,
			site_code: level === 'clinical_in_person' ? site : null,
			service_code: service,
			level,
			start_date: day,
			provider,
			clinician_types: CLINICIAN_TYPES[service] ?? null
		});
	};
	const baseline = parseDay(BASELINE_DATE);
	for (const hub of hubs) {
		const pcn = hub.pcn_code;
		const practices = inputs.practices.filter((p) => p.pcnCode === pcn).map((p) => p.code);
		const ownPractice = practices[rng.int(practices.length)];
		for (const service of BASELINE_EVERY_PRACTICE)
			offer(pcn, service, 'clinical_in_person', baseline, null, PROVIDERS.practices);
		if (rng.chance(BASELINE_CONTRACEPTIVE_LARC_PROBABILITY))
			offer(pcn, 'larc_contraceptive', 'clinical_in_person', baseline, ownPractice);
		offer(
			pcn,
			'menopause_training',
			'clinical_virtual',
			parseDay(MENOPAUSE_TRAINING_ONLINE_DATE),
			null
		);

		const joined = hub.pcn_start_date;
		if (joined !== null) {
			const isHost = practices.includes(hub.host_practice_code);
			const site =
				isHost || !rng.chance(SPOKE_SITE_PROBABILITY) ? hub.host_practice_code : ownPractice;
			for (const step of ON_JOINING)
				offer(pcn, step.service, step.level, joined, site, hub.hub_name);
			for (const service of TRIAGED_AFTER_JOINING) {
				const delay = rng.int(TRIAGE_MAX_DELAY_MONTHS + 1);
				const day = delay === 0 ? joined : monthStartDay(monthOfDay(joined) + delay);
				offer(pcn, service, 'advice_triage', day, null, hub.hub_name);
			}
		}
		const phaseTwo = monthOfDay(parseDay(PHASE_TWO_START));
		for (const step of PHASE_TWO_STEPS) {
			const p = joined === null ? step.p * OFF_PATHWAY_FACTOR : step.p;
			const month = phaseTwo + rng.int(PHASE_TWO_SPREAD_MONTHS);
			if (rng.chance(p)) offer(pcn, step.service, step.level, monthStartDay(month), ownPractice);
		}
	}
	return rising(withParents(events, services)).filter((row) => row.start_date <= endDay);
}

/** A part of a core service offered at a level offers its parent at that level too. */
function withParents(
	events: readonly ServiceOfferRecord[],
	services: ReadonlyMap<string, CatalogueRow>
): ServiceOfferRecord[] {
	const parents = events.flatMap((event) => {
		const service = services.get(event.service_code)!;
		if (service.scope !== 'national_core' || !service.parent_service_code) return [];
		return [
			{
				...event,
				service_code: service.parent_service_code,
				clinician_types: CLINICIAN_TYPES[service.parent_service_code] ?? null
			}
		];
	});
	return [...events, ...parents];
}

/** Per PCN × service, in date order, only the events that raise the level (one per day). */
function rising(events: readonly ServiceOfferRecord[]): ServiceOfferRecord[] {
	const sorted = [...events].sort(
		(a, b) =>
			a.pcn_code.localeCompare(b.pcn_code) ||
			a.service_code.localeCompare(b.service_code) ||
			a.start_date - b.start_date ||
			rank(b.level) - rank(a.level)
	);
	const kept: ServiceOfferRecord[] = [];
	let key = '';
	let best = -1;
	for (const event of sorted) {
		const eventKey = `${event.pcn_code}|${event.service_code}`;
		if (eventKey !== key) [key, best] = [eventKey, -1];
		if (rank(event.level) > best) {
			kept.push(event);
			best = rank(event.level);
		}
	}
	return kept;
}
