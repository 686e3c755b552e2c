/**
 * The LARC requests as they are generated (growable, column-oriented), and the finished,
 * date-ordered extract (typed arrays) that the generator returns.
 */
import { NO_DAY } from './demand';

/** Index into LARC_REASONS. */
export const GYNAECOLOGICAL = 0;
export const CONTRACEPTIVE = 1;
/** Index into CARE_SETTINGS. */
export const PRIMARY_CARE = 0;
export const HUB = 1;
export const SECONDARY_CARE = 2;

export interface LarcRequests {
	count: number;
	/** Indices into inputs.practices / inputs.lsoas / AGE_BANDS / LARC_REASONS … */
	practice: Int32Array;
	lsoa: Int32Array;
	ageBand: Int8Array;
	reason: Int8Array;
	/** Index into GYNAE_SUB_REASONS, −1 for contraceptive requests. */
	subReason: Int8Array;
	/** Day numbers (calendar.ts); NO_DAY = NULL. */
	requestDay: Int32Array;
	fitDay: Int32Array;
	/** Index into CARE_SETTINGS: where fitted, or where booked while waiting. */
	setting: Int8Array;
	removalDay: Int32Array;
	/** Index into REMOVAL_REASONS, −1 if not removed. */
	removalReason: Int8Array;
}

export interface NewRequest {
	practice: number;
	lsoa: number;
	ageBand: number;
	reason: number;
	subReason: number;
	requestDay: number;
	setting: number;
}

export class LarcLog {
	readonly practice: number[] = [];
	readonly lsoa: number[] = [];
	readonly ageBand: number[] = [];
	readonly reason: number[] = [];
	readonly subReason: number[] = [];
	readonly requestDay: number[] = [];
	readonly fitDay: number[] = [];
	readonly setting: number[] = [];
	readonly removalDay: number[] = [];
	readonly removalReason: number[] = [];
	/** Day from which a queued request can be given a fitting slot. */
	readonly readyDay: number[] = [];

	add(request: NewRequest): number {
		this.practice.push(request.practice);
		this.lsoa.push(request.lsoa);
		this.ageBand.push(request.ageBand);
		this.reason.push(request.reason);
		this.subReason.push(request.subReason);
		this.requestDay.push(request.requestDay);
		this.setting.push(request.setting);
		this.fitDay.push(NO_DAY);
		this.removalDay.push(NO_DAY);
		this.removalReason.push(-1);
		this.readyDay.push(NO_DAY);
		return this.requestDay.length - 1;
	}

	get size(): number {
		return this.requestDay.length;
	}

	/** Made before the window and neither fitted nor removed before it opened. */
	private carriedOver(i: number, windowStartDay: number): boolean {
		const closed = (day: number) => day !== NO_DAY && day < windowStartDay;
		return (
			this.requestDay[i] < windowStartDay && !closed(this.fitDay[i]) && !closed(this.removalDay[i])
		);
	}

	/**
	 * The extract, as a waiting-list system would give it: requests made in the window (from
	 * windowStartDay to endDay) plus those made earlier that were still open when it began, so the
	 * list at the window start is complete. Fits and removals after endDay become NULL (still
	 * waiting). Ordered by request date, then generation order.
	 */
	finish(windowStartDay: number, endDay: number): LarcRequests {
		const kept: number[] = [];
		for (let i = 0; i < this.size; i++) {
			if (this.requestDay[i] >= windowStartDay || this.carriedOver(i, windowStartDay)) kept.push(i);
		}
		kept.sort((a, b) => this.requestDay[a] - this.requestDay[b] || a - b);
		const dayOrNull = (day: number) => (day > endDay ? NO_DAY : day);
		return {
			count: kept.length,
			practice: Int32Array.from(kept, (i) => this.practice[i]),
			lsoa: Int32Array.from(kept, (i) => this.lsoa[i]),
			ageBand: Int8Array.from(kept, (i) => this.ageBand[i]),
			reason: Int8Array.from(kept, (i) => this.reason[i]),
			subReason: Int8Array.from(kept, (i) => this.subReason[i]),
			requestDay: Int32Array.from(kept, (i) => this.requestDay[i]),
			fitDay: Int32Array.from(kept, (i) => dayOrNull(this.fitDay[i])),
			setting: Int8Array.from(kept, (i) => this.setting[i]),
			removalDay: Int32Array.from(kept, (i) => dayOrNull(this.removalDay[i])),
			removalReason: Int8Array.from(kept, (i) =>
				this.removalDay[i] > endDay ? -1 : this.removalReason[i]
			)
		};
	}
}
