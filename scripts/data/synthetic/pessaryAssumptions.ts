/**
 * Calibration assumptions of the synthetic ring pessary activity. There is no open data on
 * pessary use by area, so these are round, illustrative numbers (data/README.md).
 */
import type { CareSetting } from '../../../src/lib/data/datasets';

/** Women using a ring pessary per 1,000 women, by AGE_BANDS index, at the start of the simulation. */
export const USERS_PER_1000 = [0, 0, 0, 0, 0.5, 2.5, 7];

/** New users (first fits) per 1,000 women per year, by AGE_BANDS index. */
export const NEW_USERS_PER_1000_PER_YEAR = [0, 0, 0, 0, 0.12, 0.5, 1.4];

/** Routine changes are due about every six months (common UK practice is every 4–6 months). */
export const CHANGE_INTERVAL_DAYS = { median: 182, sd: 14, min: 150, max: 220 } as const;

/** Probability that a woman stops using a pessary after an episode (surgery, no longer needed, death). */
export const STOP_AFTER_EPISODE = 0.1;

/** Where an episode is done, before and after the woman's PCN joins its hub pathway. */
export const PESSARY_SETTING_SHARES: Readonly<
	Record<'first_fit' | 'routine_change', Record<'before' | 'after', Record<CareSetting, number>>>
> = {
	first_fit: {
		before: { primary_care: 0.15, hub: 0, secondary_care: 0.85 },
		after: { primary_care: 0.15, hub: 0.55, secondary_care: 0.3 }
	},
	routine_change: {
		before: { primary_care: 0.3, hub: 0, secondary_care: 0.7 },
		after: { primary_care: 0.38, hub: 0.5, secondary_care: 0.12 }
	}
};

/**
 * Median days from due date to the change being done, by setting (lognormal, sigma 0.7; routine
 * changes can be done up to a week early). In secondary care the median grows by
 * SECONDARY_PRESSURE_GROWTH a year from the start of the window for PCNs outside a hub pathway.
 */
export const DONE_DELAY_MEDIAN_DAYS: Readonly<Record<CareSetting, number>> = {
	primary_care: 10,
	hub: 8,
	secondary_care: 24
};
export const DONE_DELAY_SIGMA = 0.7;
export const EARLIEST_DAYS_BEFORE_DUE = 7;
export const SECONDARY_PRESSURE_GROWTH = 0.3;
