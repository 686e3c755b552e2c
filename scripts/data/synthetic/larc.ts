/**
 * Synthetic LARC requests (demonstration data, not patient records): a pure function of
 * (inputs, hubs, seed, end month, target rows). See larcAssumptions.ts for the calibration.
 *
 * Month by month, from a warm-up year before the 36-month window to the end month (the warm-up
 * fills the queues, so waits in the window are realistic; only requests made in the window are
 * returned):
 * 1. arrivals: a Poisson number of requests per reason (or, with targetRows, a multinomial
 *    split of exactly the rows wanted over the window), each on a working day of the month
 *    (workingDays.ts) and drawn to an (LSOA, age band) cell in proportion to
 *    women × rate × deprivation, then to a nearby practice and its PCN;
 * 2. booking: a setting drawn from the before/after-hub shares of the PCN on the request day;
 * 3. waits: contraceptive and primary-care fits get a lognormal wait (moved to the next working
 *    day); gynaecological fits in secondary care or a hub wait in the PCN's queues (larcQueues.ts).
 */
import { CARE_SETTINGS } from '../../../src/lib/data/datasets';
import { SYNTHETIC_MOST_TO_LEAST_DEPRIVED } from '../../../src/lib/data/syntheticDeprivation';
import { monthEndDay, monthStartDay } from './calendar';
import {
	BAND_COUNT,
	WINDOW_MONTHS,
	buildRegistration,
	cellWeights,
	deprivationGradient,
	drawPerson,
	multinomial,
	onPathway,
	sum,
	type Registration
} from './demand';
import type { HubPcnRow } from './hubs';
import type { SyntheticInputs } from './inputs';
import {
	ANNUAL_GROWTH,
	CONTRACEPTIVE_REQUESTS_PER_1000,
	DIRECT_REMOVAL_PROBABILITY,
	DIRECT_WAIT,
	GYNAE_REQUESTS_PER_1000,
	GYNAE_SUB_REASON_MIX,
	REMOVAL_REASON_MIX,
	SEASONALITY,
	SETTING_SHARES,
	WARM_UP_MONTHS
} from './larcAssumptions';
import {
	CONTRACEPTIVE,
	GYNAECOLOGICAL,
	HUB,
	LarcLog,
	PRIMARY_CARE,
	SECONDARY_CARE,
	type LarcRequests
} from './larcLog';
import { GynaeQueues } from './larcQueues';
import { perPcn } from './catchment';
import { AliasTable, createRng, type Rng } from './random';
import { nextWorkingDay, workingDaysOf } from './workingDays';

export interface LarcOptions {
	seed: number;
	/** Month index (calendar.ts) of the last complete month. */
	endMonth: number;
	/** Total rows wanted (for benchmark extracts); default: the calibrated volume. */
	targetRows?: number;
}

const REASON_NAMES = ['gynaecological', 'contraceptive'] as const;

interface ReasonModel {
	cells: AliasTable;
	/** Expected requests per month at the start of the window, before seasonality. */
	monthlyRequests: number;
}

function expectedRequests(model: ReasonModel, reason: number, month: number, windowStart: number) {
	const growth = ANNUAL_GROWTH[REASON_NAMES[reason]] ** ((month - windowStart) / 12);
	return model.monthlyRequests * growth * SEASONALITY[month % 12];
}

function settingOf(reason: number, onHubPathway: boolean, rng: Rng): number {
	const shares = SETTING_SHARES[REASON_NAMES[reason]][onHubPathway ? 'after' : 'before'];
	return rng.pick([shares.primary_care, shares.hub, shares.secondary_care]);
}

/** A fit after a lognormal wait, or (sometimes) a removal before it, on a working day. */
function bookDirect(log: LarcLog, index: number, rng: Rng): void {
	const reasonName = REASON_NAMES[log.reason[index]];
	const setting = CARE_SETTINGS[log.setting[index]];
	const distribution = DIRECT_WAIT[reasonName][setting];
	if (!distribution) throw new Error(`No direct wait for ${reasonName} LARC in ${setting}`);
	const { median, sigma } = distribution;
	const wait = Math.max(1, Math.round(rng.logNormal(median, sigma)));
	if (rng.chance(DIRECT_REMOVAL_PROBABILITY[reasonName])) {
		log.removalDay[index] = nextWorkingDay(
			log.requestDay[index] + Math.max(1, Math.round(wait * rng.uniform()))
		);
		log.removalReason[index] = rng.pick(REMOVAL_REASON_MIX[reasonName]);
	} else {
		log.fitDay[index] = nextWorkingDay(log.requestDay[index] + wait);
	}
}

/** Expected requests per month by (LSOA, age band) cell, for one reason (index into REASON_NAMES). */
function reasonWeights(inputs: SyntheticInputs, reason: number): Float64Array {
	const name = REASON_NAMES[reason];
	const rates =
		name === 'gynaecological' ? GYNAE_REQUESTS_PER_1000 : CONTRACEPTIVE_REQUESTS_PER_1000;
	return cellWeights(inputs, rates, deprivationGradient(SYNTHETIC_MOST_TO_LEAST_DEPRIVED[name]));
}

function reasonModels(inputs: SyntheticInputs): ReasonModel[] {
	return [GYNAECOLOGICAL, CONTRACEPTIVE].map((reason) => {
		const weights = reasonWeights(inputs, reason);
		return { cells: new AliasTable(weights), monthlyRequests: sum(weights) };
	});
}

function gynaeQueueDemand(inputs: SyntheticInputs, registration: Registration, scale: number) {
	const weights = reasonWeights(inputs, GYNAECOLOGICAL);
	const perLsoa = (l: number) =>
		sum(weights.subarray(l * BAND_COUNT, (l + 1) * BAND_COUNT)) * scale;
	const monthly = perPcn(
		registration.catchment,
		registration.pcnOfPractice,
		inputs.pcns.length,
		perLsoa
	);
	const { before, after } = SETTING_SHARES.gynaecological;
	return {
		secondaryBeforeHub: monthly.map((value) => value * before.secondary_care),
		hubAfterStart: monthly.map((value) => value * after.hub)
	};
}

export function generateLarcRequests(
	inputs: SyntheticInputs,
	hubs: HubPcnRow[],
	options: LarcOptions
): LarcRequests {
	const { seed, endMonth, targetRows } = options;
	const windowStart = endMonth - WINDOW_MONTHS + 1;
	const firstMonth = windowStart - WARM_UP_MONTHS;
	const arrivals = createRng(seed, 'larc:arrivals');
	const waits = createRng(seed, 'larc:waits');
	const models = reasonModels(inputs);
	const windowMonths = Array.from({ length: WINDOW_MONTHS }, (_, k) => windowStart + k);
	const windowExpected = [GYNAECOLOGICAL, CONTRACEPTIVE].flatMap((reason) =>
		windowMonths.map((month) => expectedRequests(models[reason], reason, month, windowStart))
	);
	const scale = targetRows ? targetRows / sum(windowExpected) : 1;
	const registration = buildRegistration(inputs, hubs);
	const log = new LarcLog();
	const queues = new GynaeQueues(
		log,
		registration,
		gynaeQueueDemand(inputs, registration, scale),
		createRng(seed, 'larc:queues')
	);
	let windowCounts: number[] | null = null;

	for (let month = firstMonth; month <= endMonth; month++) {
		if (month === windowStart && targetRows !== undefined) {
			windowCounts = multinomial(targetRows, windowExpected, arrivals);
		}
		queues.transferOnPathwayStart(month);
		for (const reason of [GYNAECOLOGICAL, CONTRACEPTIVE]) {
			const count = windowCounts
				? windowCounts[reason * WINDOW_MONTHS + month - windowStart]
				: arrivals.poisson(expectedRequests(models[reason], reason, month, windowStart) * scale);
			const workingDays = workingDaysOf(month);
			for (let k = 0; k < count; k++) {
				const person = drawPerson(models[reason].cells, registration, arrivals);
				const requestDay = workingDays[arrivals.int(workingDays.length)];
				const subReason =
					reason === GYNAECOLOGICAL ? arrivals.pick(GYNAE_SUB_REASON_MIX[person.band]) : -1;
				const setting = settingOf(
					reason,
					onPathway(registration, person.pcn, requestDay),
					arrivals
				);
				const index = log.add({
					practice: person.practice,
					lsoa: person.lsoa,
					ageBand: person.band,
					reason,
					subReason,
					requestDay,
					setting
				});
				if (reason === GYNAECOLOGICAL && setting !== PRIMARY_CARE) {
					queues.enqueue(index, person.pcn, setting === HUB ? HUB : SECONDARY_CARE);
				} else {
					bookDirect(log, index, waits);
				}
			}
		}
		queues.serveMonth(month, month < windowStart);
	}
	return log.finish(monthStartDay(windowStart), monthEndDay(endMonth));
}
