/**
 * Synthetic ring pessary activity (demonstration data, not patient records): a pure function of
 * (inputs, hubs, seed, end month). Women who use a pessary at the start of a warm-up year, and
 * new users over time, each have a chain of episodes — a first fit for new users, then routine
 * changes due about every six months after the last one was done — until they stop or the end
 * month is reached. Referrals, due dates and episodes done fall on working days (workingDays.ts).
 * Each episode's setting depends on whether the woman's PCN is on its hub pathway on the due
 * date; secondary care gets slower over time outside the pathway.
 */
import { CARE_SETTINGS } from '../../../src/lib/data/datasets';
import { monthEndDay, monthStartDay } from './calendar';
import {
	NO_DAY,
	WINDOW_MONTHS,
	buildRegistration,
	cellWeights,
	drawPerson,
	onPathway,
	sum,
	type Person,
	type Registration
} from './demand';
import type { HubPcnRow } from './hubs';
import type { SyntheticInputs } from './inputs';
import { WARM_UP_MONTHS } from './larcAssumptions';
import {
	CHANGE_INTERVAL_DAYS,
	DONE_DELAY_MEDIAN_DAYS,
	DONE_DELAY_SIGMA,
	EARLIEST_DAYS_BEFORE_DUE,
	NEW_USERS_PER_1000_PER_YEAR,
	PESSARY_SETTING_SHARES,
	SECONDARY_PRESSURE_GROWTH,
	STOP_AFTER_EPISODE,
	USERS_PER_1000
} from './pessaryAssumptions';
import { AliasTable, createRng, type Rng } from './random';
import { nextWorkingDay, workingDaysOf } from './workingDays';

export const EPISODE_TYPES = ['first_fit', 'routine_change'] as const;
const FIRST_FIT = 0;
const ROUTINE_CHANGE = 1;

export interface PessaryOptions {
	seed: number;
	/** Month index (calendar.ts) of the last complete month. */
	endMonth: number;
}

export interface PessaryEpisodes {
	count: number;
	practice: Int32Array;
	lsoa: Int32Array;
	ageBand: Int8Array;
	/** Index into EPISODE_TYPES. */
	episodeType: Int8Array;
	dueDay: Int32Array;
	/** NO_DAY = not done by the end of the end month (waiting or overdue). */
	doneDay: Int32Array;
	/** Index into CARE_SETTINGS. */
	setting: Int8Array;
}

interface Episode {
	person: Person;
	type: number;
	due: number;
	done: number;
	setting: number;
}

function intervalDays(rng: Rng): number {
	const { median, sd, min, max } = CHANGE_INTERVAL_DAYS;
	return Math.min(max, Math.max(min, Math.round(median + sd * rng.normal())));
}

/** Where and when one episode is done (on a working day). */
function doEpisode(
	person: Person,
	type: number,
	due: number,
	registration: Registration,
	windowStartDay: number,
	rng: Rng
): Episode {
	const pathway = onPathway(registration, person.pcn, due);
	const shares = PESSARY_SETTING_SHARES[EPISODE_TYPES[type]][pathway ? 'after' : 'before'];
	const setting = rng.pick(CARE_SETTINGS.map((name) => shares[name]));
	const yearsIn = Math.max(0, (due - windowStartDay) / 365.25);
	const pressure =
		CARE_SETTINGS[setting] === 'secondary_care' && !pathway
			? 1 + SECONDARY_PRESSURE_GROWTH * yearsIn
			: 1;
	const delay = rng.logNormal(
		DONE_DELAY_MEDIAN_DAYS[CARE_SETTINGS[setting]] * pressure,
		DONE_DELAY_SIGMA
	);
	const early = type === ROUTINE_CHANGE ? EARLIEST_DAYS_BEFORE_DUE : 0;
	const done = nextWorkingDay(due + Math.max(1, Math.round(delay)) - early);
	return { person, type, due, done, setting };
}

/** All episodes of one woman from her first due date until she stops or the end day passes. */
function episodesOf(
	person: Person,
	firstType: number,
	firstDue: number,
	endDay: number,
	registration: Registration,
	windowStartDay: number,
	rng: Rng
): Episode[] {
	const episodes: Episode[] = [];
	let type = firstType;
	let due = firstDue;
	while (due <= endDay) {
		const episode = doEpisode(person, type, due, registration, windowStartDay, rng);
		episodes.push(episode);
		if (episode.done > endDay || rng.chance(STOP_AFTER_EPISODE)) break;
		type = ROUTINE_CHANGE;
		due = nextWorkingDay(episode.done + intervalDays(rng));
	}
	return episodes;
}

export function generatePessaryEpisodes(
	inputs: SyntheticInputs,
	hubs: HubPcnRow[],
	options: PessaryOptions
): PessaryEpisodes {
	const { seed, endMonth } = options;
	const windowStart = endMonth - WINDOW_MONTHS + 1;
	const firstMonth = windowStart - WARM_UP_MONTHS;
	const [firstDay, windowStartDay, endDay] = [
		monthStartDay(firstMonth),
		monthStartDay(windowStart),
		monthEndDay(endMonth)
	];
	const users = createRng(seed, 'pessary:users');
	const care = createRng(seed, 'pessary:episodes');
	const registration = buildRegistration(inputs, hubs);
	const episodes: Episode[] = [];

	// Existing users: their last change fell in the six months before the simulation starts.
	const existing = cellWeights(inputs, USERS_PER_1000, null).map((weight) => weight * 12);
	const existingCells = new AliasTable(existing);
	for (let k = users.poisson(sum(existing)); k > 0; k--) {
		const person = drawPerson(existingCells, registration, users);
		const due = nextWorkingDay(
			firstDay - users.int(CHANGE_INTERVAL_DAYS.median) + intervalDays(users)
		);
		episodes.push(
			...episodesOf(person, ROUTINE_CHANGE, due, endDay, registration, windowStartDay, care)
		);
	}
	// New users: referred for a first fit in each month.
	const incidence = cellWeights(inputs, NEW_USERS_PER_1000_PER_YEAR, null);
	const incidenceCells = new AliasTable(incidence);
	for (let month = firstMonth; month <= endMonth; month++) {
		const workingDays = workingDaysOf(month);
		for (let k = users.poisson(sum(incidence)); k > 0; k--) {
			const person = drawPerson(incidenceCells, registration, users);
			const due = workingDays[users.int(workingDays.length)];
			episodes.push(
				...episodesOf(person, FIRST_FIT, due, endDay, registration, windowStartDay, care)
			);
		}
	}

	// The extract: episodes due in the window, in due-date order.
	const kept = episodes
		.map((episode, order) => ({ episode, order }))
		.filter(({ episode }) => episode.due >= windowStartDay)
		.sort((a, b) => a.episode.due - b.episode.due || a.order - b.order)
		.map(({ episode }) => episode);
	return {
		count: kept.length,
		practice: Int32Array.from(kept, (e) => e.person.practice),
		lsoa: Int32Array.from(kept, (e) => e.person.lsoa),
		ageBand: Int8Array.from(kept, (e) => e.person.band),
		episodeType: Int8Array.from(kept, (e) => e.type),
		dueDay: Int32Array.from(kept, (e) => e.due),
		doneDay: Int32Array.from(kept, (e) => (e.done > endDay ? NO_DAY : e.done)),
		setting: Int8Array.from(kept, (e) => e.setting)
	};
}
