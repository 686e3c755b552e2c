/** Point types, the variation icon and assurance, as NHSRplotthedots derives them. */
import type {
	AssuranceType,
	ImprovementDirection,
	PointType,
	SpecialCauseType,
	VariationIcon
} from './types';

/** Point colours from NHSRplotthedots R/ptd_spc_colours.R (the MDC palette). */
export const SPC_COLOURS = {
	common_cause: '#a6a6a6',
	special_cause_improvement: '#00b0f0',
	special_cause_concern: '#e46c0a',
	special_cause_neutral: '#490092',
	target: '#de1b1b'
} as const;

/** "Above"/"Increasing" score +1, "Below"/"Decreasing" −1 (R ptd_point_type). */
function labelDirection(type: SpecialCauseType): -1 | 0 | 1 {
	if (/Above|Increasing/.test(type)) return 1;
	if (/Below|Decreasing/.test(type)) return -1;
	return 0;
}

/** Orient a special-cause label by the improvement direction (R ptd_point_type). */
export function pointType(type: SpecialCauseType, direction: ImprovementDirection): PointType {
	const score = labelDirection(type);
	if (score === 0) return 'common_cause';
	if (direction === 'neutral') {
		return score > 0 ? 'special_cause_neutral_high' : 'special_cause_neutral_low';
	}
	const oriented = direction === 'increase' ? score : -score;
	return oriented > 0 ? 'special_cause_improvement' : 'special_cause_concern';
}

/** The variation icon for the last point's type (R/geom_ptd_icon.R ptd_get_icons). */
export function variationIcon(
	lastPointType: PointType,
	direction: ImprovementDirection
): VariationIcon {
	switch (lastPointType) {
		case 'common_cause':
			return 'common_cause';
		case 'special_cause_neutral_high':
			return 'neutral_high';
		case 'special_cause_neutral_low':
			return 'neutral_low';
		case 'special_cause_improvement':
			return direction === 'increase' ? 'improvement_high' : 'improvement_low';
		case 'special_cause_concern':
			return direction === 'increase' ? 'concern_low' : 'concern_high';
	}
}

/**
 * Assurance against a target from the process limits in force at the last point
 * (R/ptd_calculate_assurance_type.R). Null with no target or a neutral direction.
 */
export function assuranceType(
	target: number | null,
	lpl: number,
	upl: number,
	direction: ImprovementDirection
): AssuranceType | null {
	if (target === null || direction === 'neutral') return null;
	const increasing = direction === 'increase';
	if (target > upl) return increasing ? 'consistent_fail' : 'consistent_pass';
	if (target < lpl) return increasing ? 'consistent_pass' : 'consistent_fail';
	return 'inconsistent';
}
