/**
 * Statistics library of the women's health hub dashboard: Making Data Count SPC, Fingertips
 * confidence intervals and benchmarking, DSRs, SII/RII, funnel plots, waiting-list queue maths
 * and disclosure control. Pure TypeScript; each module names its reference implementation.
 *
 * Always compute rates and intervals from unrounded counts; apply disclosure control last, for
 * display only.
 */
export * from './spc/index';
export * from './confidenceIntervals';
export { qnorm, qchisq, zForConfidence } from './distributions';
export * from './dsr';
export * from './sii';
export * from './funnels/index';
export * from './benchmarking/index';
export * from './waitingList';
export * from './waitingListStats';
export * from './disclosure';
