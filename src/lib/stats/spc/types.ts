/** Shared SPC vocabulary, named as NHSRplotthedots and the MDC icons name things. */

export type Sign = -1 | 0 | 1;

/** Which way is better. "neutral" means neither direction is an improvement. */
export type ImprovementDirection = 'increase' | 'decrease' | 'neutral';

/** Per-point special-cause label, in NHSRplotthedots wording (R/ptd_calculate_point_type.R). */
export type SpecialCauseType =
	| 'Above UCL'
	| 'Below LCL'
	| '7 Point Trend (Increasing)'
	| '7 Point Trend (Decreasing)'
	| '2 in 3 Above CL'
	| '2 in 3 Below CL'
	| '7 Points Above CL'
	| '7 Points Below CL'
	| 'Common Cause';

/** Per-point type once the improvement direction is applied (ptd_point_type). */
export type PointType =
	| 'common_cause'
	| 'special_cause_improvement'
	| 'special_cause_concern'
	| 'special_cause_neutral_high'
	| 'special_cause_neutral_low';

/** MDC variation icon, from the last point (R/geom_ptd_icon.R ptd_get_icons). */
export type VariationIcon =
	| 'common_cause'
	| 'improvement_high'
	| 'improvement_low'
	| 'concern_high'
	| 'concern_low'
	| 'neutral_high'
	| 'neutral_low';

/** MDC assurance against a target (R/ptd_calculate_assurance_type.R). */
export type AssuranceType = 'consistent_pass' | 'consistent_fail' | 'inconsistent';
