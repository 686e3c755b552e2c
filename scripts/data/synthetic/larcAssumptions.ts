/**
 * Calibration assumptions of the synthetic LARC requests. Each is a round, documented number,
 * not a measurement; data/README.md lists them with their sources.
 */
import type { CareSetting } from '../../../src/lib/data/datasets';

/**
 * Contraceptive LARC requests per 1,000 women per year, by AGE_BANDS index. Sized so that fits per
 * 1,000 women aged 15–44 per year land near 42, inside the roughly 35–50 range published for
 * England (OHID Fingertips indicator 92254, total prescribed LARC excluding injections, whose
 * numerator counts all ages and whose denominator is women aged 15–44).
 */
export const CONTRACEPTIVE_REQUESTS_PER_1000 = [0, 36, 50, 36, 9, 0, 0];

/**
 * Gynaecological LARC (LNG-IUS for heavy menstrual bleeding, endometrial protection with HRT,
 * other) requests per 1,000 women per year, in addition to contraception and mostly from women
 * aged 35–54 (NICE NG88 recommends the LNG-IUS first for heavy menstrual bleeding).
 */
export const GYNAE_REQUESTS_PER_1000 = [0, 1.5, 3, 9, 13, 3, 0];

/** Gynaecological sub-reason mix by AGE_BANDS index: [heavy bleeding, HRT protection, other]. */
export const GYNAE_SUB_REASON_MIX = [
	[1, 0, 0],
	[0.85, 0, 0.15],
	[0.85, 0, 0.15],
	[0.85, 0.05, 0.1],
	[0.55, 0.38, 0.07],
	[0.05, 0.85, 0.1],
	[0, 1, 0]
];

// The deprivation gradient is src/lib/data/syntheticDeprivation.ts: the deprivation card states it.

/** Relative demand by calendar month (January first): quieter in August and December. */
export const SEASONALITY = [1.05, 1.02, 1.04, 0.98, 1.02, 1.0, 0.98, 0.88, 1.02, 1.06, 1.05, 0.9];

/** Yearly growth in demand: gynaecological requests rise with HRT use (+5 % a year). */
export const ANNUAL_GROWTH = { gynaecological: 1.05, contraceptive: 1.0 } as const;

/** Months simulated before the window so that the waiting list at its start is realistic. */
export const WARM_UP_MONTHS = 12;

/** Where requests are booked, before and after the requesting PCN joins its hub pathway. */
export const SETTING_SHARES: Readonly<
	Record<
		'gynaecological' | 'contraceptive',
		Record<'before' | 'after', Record<CareSetting, number>>
	>
> = {
	gynaecological: {
		before: { primary_care: 0.22, hub: 0, secondary_care: 0.78 },
		after: { primary_care: 0.25, hub: 0.62, secondary_care: 0.13 }
	},
	// Contraception is not part of phase one (phase two covers existing primary care services).
	contraceptive: {
		before: { primary_care: 0.93, hub: 0, secondary_care: 0.07 },
		after: { primary_care: 0.93, hub: 0, secondary_care: 0.07 }
	}
};

interface WaitDistribution {
	/** Median days from request to fit. */
	median: number;
	/** Spread of the lognormal distribution (log scale). */
	sigma: number;
}

/** Waits where no queue is modelled: contraception, and gynaecological fits in primary care. */
export const DIRECT_WAIT: Readonly<
	Record<'gynaecological' | 'contraceptive', Partial<Record<CareSetting, WaitDistribution>>>
> = {
	contraceptive: {
		primary_care: { median: 16, sigma: 0.6 },
		secondary_care: { median: 60, sigma: 0.5 }
	},
	gynaecological: { primary_care: { median: 30, sigma: 0.6 } }
};

/** Share of directly booked requests closed without a fit. */
export const DIRECT_REMOVAL_PROBABILITY = { contraceptive: 0.06, gynaecological: 0.05 } as const;

/**
 * Queued gynaecological fits: days from request until the woman is ready for a fitting slot
 * (referral, clinic, booking: RTT gynaecology non-admitted medians are 10–17 weeks in 2025),
 * then first come, first served against monthly capacity.
 */
export const QUEUE_LEAD = {
	secondary_care: { median: 70, sigma: 0.45 },
	hub: { median: 21, sigma: 0.4 }
} as const;

/**
 * Secondary-care fitting capacity of each PCN, as a share of its expected pre-hub secondary
 * demand, drawn per PCN (seeded) so that some PCNs' backlogs grow faster than others'.
 * Lower during the warm-up year (elective recovery after the pandemic).
 */
export const SECONDARY_CAPACITY_RATIO = { min: 0.86, max: 0.98, warmUpReduction: 0.15 } as const;

/** Hub capacity: HUB_CAPACITY_RATIO × expected hub demand, plus the transferred backlog over six months. */
export const HUB_CAPACITY_RATIO = 1.3;
export const HUB_BACKLOG_CLEARANCE_MONTHS = 6;

/** Share of the secondary-care waiting list moved to the hub when a PCN joins the pathway. */
export const TRANSFER_TO_HUB_PROBABILITY = 0.85;

/** Monthly probability that a woman waiting in a queue leaves it without a fit. */
export const QUEUE_REMOVAL_PER_MONTH = 0.012;

export const REMOVAL_REASONS = ['no_longer_required', 'declined', 'moved_away'] as const;
export const REMOVAL_REASON_MIX = {
	gynaecological: [0.45, 0.35, 0.2],
	contraceptive: [0.35, 0.5, 0.15]
} as const;
