/**
 * Facts the dashboard states in more than one place, each stated once here with its source.
 * Standards that change over time live in their dated table (kpis/cancerStandards.ts).
 */

/** The integrated care board the dashboard serves (ODS code QH8). */
export const ICB_NAME = 'Mid and South Essex';
export const ICB_CODE = 'QH8';

/** RTT's 18 weeks, by analogy: no national waiting-time standard exists for gynaecological LARC. */
export const GYNAECOLOGICAL_LARC_TARGET_WEEKS = 18;

/** A local setting the user may change (/larc?contraTarget=): no national standard exists. */
export const DEFAULT_CONTRACEPTIVE_LARC_TARGET_WEEKS = 6;

/** The consultant-led RTT standard: 92 % of incomplete pathways within 18 weeks (NHS Constitution). */
export const RTT_STANDARD_WEEKS = 18;

/**
 * Making Data Count: at least 12 points before SPC limits and special-cause rules are shown
 * (NHS England, "Making data count: getting started", 2019), the same minimum as NHSRplotthedots.
 */
export const MIN_SPC_POINTS = 12;

/**
 * NHS England's minimum requirements for women's health hubs (PRN01296): at least one hub in each
 * ICB providing clinical support in at least two core services by the end of July 2024, and
 * triaging all core services by December 2024. Virtual delivery counts, with plans for in person;
 * a website or signposting alone does not.
 */
export const HUB_CLINICAL_TWO_CORE_BY = '2024-07-31';
export const HUB_ALL_CORE_TRIAGED_BY = '2024-12-31';
/**
 * The travel model's default constants (src/lib/stats/travelTime.ts; /access lets the user vary
 * each one). Sources and the calibration are in data/README.md, "Travel times (modelled)".
 * - circuity 1.31: fitted on our own data, IoD 2019 road distance to a GP surgery against the
 *   straight line from each LSOA 2011 population-weighted centroid to the nearest 2019 practice,
 *   pairs at least 2 km apart (through-origin least squares, 35 pairs, R² 0.75; all 692 pairs give
 *   1.45 and a ratio falling with distance). Published averages for Great Britain are about 1.4
 *   (Ballou, Rahardja & Sakai 2002; Cole & King 1968).
 * - urban 30 km/h, rural 45 km/h: DfT congestion statistics (CGN0501) put the average speed on
 *   local "A" roads at about 23 mph (37 km/h); urban trips run slower and rural ones faster.
 * - terminal 3 minutes: walking to and from the car and parking, added to every journey.
 */
export const TRAVEL_MODEL_DEFAULTS = {
	circuity: 1.31,
	urbanKmh: 30,
	ruralKmh: 45,
	terminalMinutes: 3
} as const;

/**
 * The travel time within which women count as near a service: the /access page's default
 * threshold and the /inequalities travel measure (a local planning choice, 30 minutes by car).
 */
export const TRAVEL_THRESHOLD_MINUTES = 30;

/** The minute bands travel-time maps use (the last is open: more than 60 minutes). */
export const TRAVEL_MINUTE_BAND_EDGES = [15, 30, 45, 60] as const;
