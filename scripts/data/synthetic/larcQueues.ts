/**
 * The waiting lists for gynaecological LARC fits booked in secondary care or a hub, one pair of
 * first-come-first-served queues per PCN, served each month against a seeded capacity.
 * - Secondary care: capacity is a fixed share (per PCN, below 1) of the PCN's expected pre-hub
 *   demand, so without a hub pathway the backlog grows as demand rises.
 * - When a PCN joins its hub pathway, most of its secondary-care waiting list moves to the hub,
 *   whose capacity covers new demand with room to clear the transferred backlog.
 */
import { monthEndDay, monthOfDay } from './calendar';
import { NO_DAY, type Registration } from './demand';
import { HUB, SECONDARY_CARE, type LarcLog } from './larcLog';
import {
	HUB_BACKLOG_CLEARANCE_MONTHS,
	HUB_CAPACITY_RATIO,
	QUEUE_LEAD,
	QUEUE_REMOVAL_PER_MONTH,
	REMOVAL_REASON_MIX,
	SECONDARY_CAPACITY_RATIO,
	TRANSFER_TO_HUB_PROBABILITY
} from './larcAssumptions';
import type { Rng } from './random';
import { nextWorkingDay, workingDaysOf } from './workingDays';

export interface QueueDemand {
	/** Expected gynaecological requests per month booked in secondary care before the hubs, by PCN. */
	secondaryBeforeHub: Float64Array;
	/** Expected gynaecological requests per month booked in a hub once on the pathway, by PCN. */
	hubAfterStart: Float64Array;
}

export class GynaeQueues {
	private readonly secondary: number[][];
	private readonly hub: number[][];
	private readonly capacityRatio: Float64Array;
	private readonly transferred: Int32Array;

	constructor(
		private readonly log: LarcLog,
		private readonly registration: Registration,
		private readonly demand: QueueDemand,
		private readonly rng: Rng
	) {
		const pcnCount = registration.pathwayStart.length;
		this.secondary = Array.from({ length: pcnCount }, () => []);
		this.hub = Array.from({ length: pcnCount }, () => []);
		this.transferred = new Int32Array(pcnCount);
		const { min, max } = SECONDARY_CAPACITY_RATIO;
		this.capacityRatio = Float64Array.from(
			{ length: pcnCount },
			() => min + (max - min) * rng.uniform()
		);
	}

	/** Books a request onto the secondary-care or hub list of its PCN. */
	enqueue(index: number, pcn: number, setting: typeof SECONDARY_CARE | typeof HUB): void {
		const lead = setting === HUB ? QUEUE_LEAD.hub : QUEUE_LEAD.secondary_care;
		const days = Math.max(1, Math.round(this.rng.logNormal(lead.median, lead.sigma)));
		this.log.readyDay[index] = this.log.requestDay[index] + days;
		(setting === HUB ? this.hub : this.secondary)[pcn].push(index);
	}

	/** Moves most of a PCN's secondary-care waiting list to its hub in the month it joins. */
	transferOnPathwayStart(month: number): void {
		this.registration.pathwayStart.forEach((start, pcn) => {
			if (start === NO_DAY || monthOfDay(start) !== month) return;
			const staying: number[] = [];
			for (const index of this.secondary[pcn]) {
				if (!this.rng.chance(TRANSFER_TO_HUB_PROBABILITY)) {
					staying.push(index);
					continue;
				}
				this.log.setting[index] = HUB;
				this.log.readyDay[index] = start + this.rng.int(42);
				this.hub[pcn].push(index);
				this.transferred[pcn]++;
			}
			this.secondary[pcn] = staying;
		});
	}

	serveMonth(month: number, warmUp: boolean): void {
		this.registration.pathwayStart.forEach((start, pcn) => {
			const ratio =
				this.capacityRatio[pcn] - (warmUp ? SECONDARY_CAPACITY_RATIO.warmUpReduction : 0);
			const secondaryCapacity = this.rng.poisson(ratio * this.demand.secondaryBeforeHub[pcn]);
			this.secondary[pcn] = this.serve(this.secondary[pcn], secondaryCapacity, month);
			if (start === NO_DAY || month < monthOfDay(start)) return;
			const monthsOpen = month - monthOfDay(start);
			const clearance =
				monthsOpen < HUB_BACKLOG_CLEARANCE_MONTHS
					? Math.ceil(this.transferred[pcn] / HUB_BACKLOG_CLEARANCE_MONTHS)
					: 0;
			const hubCapacity =
				this.rng.poisson(HUB_CAPACITY_RATIO * this.demand.hubAfterStart[pcn]) + clearance;
			this.hub[pcn] = this.serve(this.hub[pcn], hubCapacity, month);
		});
	}

	/**
	 * One month of a queue: some leave without a fit, then requests ready by the month's last
	 * working day take the slots in order. Fits and removals are dated on working days.
	 */
	private serve(queue: number[], capacity: number, month: number): number[] {
		const last = monthEndDay(month);
		const workingDays = workingDaysOf(month);
		const lastWorkingDay = workingDays[workingDays.length - 1];
		const anyWorkingDay = () => workingDays[this.rng.int(workingDays.length)];
		const waiting: number[] = [];
		let slots = capacity;
		for (const index of queue) {
			const requestDay = this.log.requestDay[index];
			if (requestDay < last && this.rng.chance(QUEUE_REMOVAL_PER_MONTH)) {
				this.log.removalDay[index] = nextWorkingDay(Math.max(requestDay + 1, anyWorkingDay()));
				this.log.removalReason[index] = this.rng.pick(REMOVAL_REASON_MIX.gynaecological);
				continue;
			}
			const ready = this.log.readyDay[index];
			if (slots > 0 && ready <= lastWorkingDay) {
				this.log.fitDay[index] = Math.max(nextWorkingDay(ready), anyWorkingDay());
				slots--;
				continue;
			}
			waiting.push(index);
		}
		return waiting;
	}
}
