/**
 * The synthetic generators called directly (pure functions of seed and inputs), on the real
 * inputs as built in static/data and a fixed end month so the results do not depend on today.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALITIES } from '../../src/lib/data/datasets';
import {
	formatDay,
	monthEndDay,
	monthStartDay,
	parseMonth
} from '../../scripts/data/synthetic/calendar';
import { NO_DAY } from '../../scripts/data/synthetic/demand';
import { HUB_OPEN_DATES, planHubs, type HubPcnRow } from '../../scripts/data/synthetic/hubs';
import { readSyntheticInputs, type SyntheticInputs } from '../../scripts/data/synthetic/inputs';
import { generateLarcRequests } from '../../scripts/data/synthetic/larc';
import {
	CONTRACEPTIVE,
	GYNAECOLOGICAL,
	SECONDARY_CARE,
	type LarcRequests
} from '../../scripts/data/synthetic/larcLog';
import { generatePessaryEpisodes } from '../../scripts/data/synthetic/pessary';
import { openBuiltData } from '../support/builtData';

const SEED = 20240701;
const END_MONTH = parseMonth('2026-06');
const END_DAY = monthEndDay(END_MONTH);
const WINDOW_START_DAY = monthStartDay(END_MONTH - 35);

/** Days (NO_DAY skipped) that fall on a Saturday or Sunday, by the JS calendar. */
function weekendDays(...columns: Int32Array[]): number[] {
	return columns.flatMap((days) =>
		Array.from(days).filter((day) => {
			if (day === NO_DAY) return false;
			const weekday = new Date(day * 86_400_000).getUTCDay();
			return weekday === 0 || weekday === 6;
		})
	);
}

let inputs: SyntheticInputs;
let hubs: HubPcnRow[];
let larc: LarcRequests;
beforeAll(async () => {
	const data = await openBuiltData();
	inputs = await readSyntheticInputs(data.connection, data.from);
	hubs = planHubs(SEED, inputs);
	larc = generateLarcRequests(inputs, hubs, { seed: SEED, endMonth: END_MONTH });
});

describe('determinism', () => {
	it('gives identical LARC requests for the same seed and different ones for another seed', () => {
		const again = generateLarcRequests(inputs, hubs, { seed: SEED, endMonth: END_MONTH });
		expect(again).toEqual(larc);
		const other = generateLarcRequests(inputs, planHubs(SEED + 1, inputs), {
			seed: SEED + 1,
			endMonth: END_MONTH
		});
		expect(other.count).not.toBe(larc.count);
		expect(other.requestDay.slice(0, 100)).not.toEqual(larc.requestDay.slice(0, 100));
	});

	it('gives identical pessary episodes and hub plans for the same seed only', () => {
		const options = { seed: SEED, endMonth: END_MONTH };
		expect(generatePessaryEpisodes(inputs, hubs, options)).toEqual(
			generatePessaryEpisodes(inputs, hubs, options)
		);
		expect(generatePessaryEpisodes(inputs, hubs, { ...options, seed: 7 }).dueDay).not.toEqual(
			generatePessaryEpisodes(inputs, hubs, options).dueDay
		);
		expect(planHubs(SEED, inputs)).toEqual(hubs);
		const starts = (rows: HubPcnRow[]) => rows.map((row) => row.pcn_start_date);
		expect(
			[1, 2, 3, 4, 5].some(
				(seed) => JSON.stringify(starts(planHubs(seed, inputs))) !== JSON.stringify(starts(hubs))
			)
		).toBe(true);
	});

	it('makes exactly the number of rows asked for', () => {
		const sized = generateLarcRequests(inputs, hubs, {
			seed: SEED,
			endMonth: END_MONTH,
			targetRows: 50_000
		});
		let madeInWindow = 0;
		for (let i = 0; i < sized.count; i++)
			if (sized.requestDay[i] >= WINDOW_START_DAY) madeInWindow++;
		expect(madeInWindow).toBe(50_000);
	});
});

describe('LARC requests', () => {
	it('dates nothing after the end month, nothing before its request, and carries over only open requests', () => {
		for (let i = 0; i < larc.count; i++) {
			const request = larc.requestDay[i];
			expect(request <= END_DAY).toBe(true);
			if (request < WINDOW_START_DAY) {
				// Carried over: still open when the window began.
				for (const day of [larc.fitDay[i], larc.removalDay[i]]) {
					if (day !== NO_DAY) expect(day >= WINDOW_START_DAY).toBe(true);
				}
			}
			for (const day of [larc.fitDay[i], larc.removalDay[i]]) {
				if (day !== NO_DAY) expect(day > request && day <= END_DAY).toBe(true);
			}
			expect(larc.fitDay[i] !== NO_DAY && larc.removalDay[i] !== NO_DAY).toBe(false);
			expect(larc.subReason[i] === -1).toBe(larc.reason[i] === CONTRACEPTIVE);
		}
	});

	it('dates requests, fits and removals on weekdays only', () => {
		expect(weekendDays(larc.requestDay, larc.fitDay, larc.removalDay)).toEqual([]);
	});

	it('waits weeks for contraception and months for gynaecological fits in secondary care', () => {
		const waits = (keep: (i: number) => boolean) => {
			const days: number[] = [];
			for (let i = 0; i < larc.count; i++) {
				if (larc.fitDay[i] !== NO_DAY && keep(i)) days.push(larc.fitDay[i] - larc.requestDay[i]);
			}
			return days.sort((a, b) => a - b)[Math.floor(days.length / 2)];
		};
		expect(waits((i) => larc.reason[i] === CONTRACEPTIVE)).toBeLessThan(28);
		expect(
			waits((i) => larc.reason[i] === GYNAECOLOGICAL && larc.setting[i] === SECONDARY_CARE)
		).toBeGreaterThan(90);
	});

	it('grows the gynaecological backlog where PCNs stay out of the hubs and shrinks it where they join', () => {
		const joins = new Map(hubs.map((row) => [row.pcn_code, row.pcn_start_date !== null]));
		const waitingOn = (day: number) => {
			const waiting = { joined: 0, outside: 0 };
			for (let i = 0; i < larc.count; i++) {
				if (larc.reason[i] !== GYNAECOLOGICAL || larc.requestDay[i] > day) continue;
				if (larc.fitDay[i] !== NO_DAY && larc.fitDay[i] <= day) continue;
				if (larc.removalDay[i] !== NO_DAY && larc.removalDay[i] <= day) continue;
				waiting[joins.get(inputs.practices[larc.practice[i]].pcnCode) ? 'joined' : 'outside']++;
			}
			return waiting;
		};
		const beforeHubs = waitingOn(monthEndDay(parseMonth('2024-06')));
		const atEnd = waitingOn(END_DAY);
		expect(atEnd.outside / beforeHubs.outside).toBeGreaterThan(1.2);
		expect(atEnd.joined / beforeHubs.joined).toBeLessThan(0.7);
	});
});

describe('hubs', () => {
	it('opens one hub per locality in summer 2024 and keeps at least one PCN outside in each', () => {
		for (const locality of LOCALITIES) {
			const rows = hubs.filter((row) => row.locality === locality);
			expect(new Set(rows.map((row) => row.host_practice_code)).size).toBe(1);
			expect(formatDay(rows[0].open_date)).toBe(HUB_OPEN_DATES[locality]);
			expect(rows.some((row) => row.pcn_start_date === null)).toBe(true);
			const hostPcn = inputs.practices.find(
				(practice) => practice.code === rows[0].host_practice_code
			)!.pcnCode;
			expect(rows.find((row) => row.pcn_code === hostPcn)!.pcn_start_date).toBe(rows[0].open_date);
			for (const row of rows)
				if (row.pcn_start_date !== null)
					expect(row.pcn_start_date).toBeGreaterThanOrEqual(row.open_date);
		}
		expect(hubs.map((row) => row.pcn_code).sort()).toEqual(
			inputs.pcns.map((pcn) => pcn.code).sort()
		);
	});
});

describe('pessary episodes', () => {
	const episodes = () => generatePessaryEpisodes(inputs, hubs, { seed: SEED, endMonth: END_MONTH });

	it('are mostly for women aged 55 and over, due in the window, some still overdue at the end', () => {
		const result = episodes();
		let older = 0;
		let notDone = 0;
		for (let i = 0; i < result.count; i++) {
			if (result.ageBand[i] >= 5) older++;
			if (result.doneDay[i] === NO_DAY) notDone++;
			expect(result.dueDay[i] >= WINDOW_START_DAY && result.dueDay[i] <= END_DAY).toBe(true);
			if (result.doneDay[i] !== NO_DAY) expect(result.doneDay[i]).toBeLessThanOrEqual(END_DAY);
		}
		expect(older / result.count).toBeGreaterThan(0.85);
		expect(notDone).toBeGreaterThan(20);
	});

	it('falls due and is done on weekdays only', () => {
		const result = episodes();
		expect(weekendDays(result.dueDay, result.doneDay)).toEqual([]);
	});

	it('moves routine changes out of secondary care once the hubs open', () => {
		const result = episodes();
		const secondaryShare = (from: number, to: number) => {
			let all = 0;
			let secondary = 0;
			for (let i = 0; i < result.count; i++) {
				if (result.episodeType[i] !== 1 || result.dueDay[i] < from || result.dueDay[i] > to)
					continue;
				all++;
				if (result.setting[i] === SECONDARY_CARE) secondary++;
			}
			return secondary / all;
		};
		const beforeHubs = secondaryShare(WINDOW_START_DAY, monthEndDay(parseMonth('2024-06')));
		const lastYear = secondaryShare(monthStartDay(END_MONTH - 11), END_DAY);
		expect(beforeHubs).toBeGreaterThan(0.6);
		expect(lastYear).toBeLessThan(beforeHubs - 0.2);
	});
});
