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
