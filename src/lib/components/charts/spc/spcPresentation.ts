/**
 * How SPC results look on screen. Colours are the NHSRplotthedots ones (R/ptd_spc_colours.R);
 * each point type also has its own marker shape and words, so colour never carries meaning alone.
 */
import type { AssuranceType, PointType, VariationIcon } from '$lib/stats/spc';

export interface PointStyle {
	fill: string;
	/** A darker outline keeps light fills at 3:1 contrast against white (WCAG 1.4.11). */
	stroke: string;
	shape: 'circle' | 'triangle-up' | 'triangle-down' | 'diamond' | 'square';
	label: string;
}

export const POINT_STYLES: Record<PointType, PointStyle> = {
	common_cause: { fill: '#a6a6a6', stroke: '#5c6b75', shape: 'circle', label: 'Common cause' },
	special_cause_improvement: {
		fill: '#00b0f0',
		stroke: '#005eb8',
		shape: 'triangle-up',
		label: 'Special cause: improvement'
	},
	special_cause_concern: {
		fill: '#e46c0a',
		stroke: '#8a3c00',
		shape: 'diamond',
		label: 'Special cause: concern'
	},
	special_cause_neutral_high: {
		fill: '#490092',
		stroke: '#2c0059',
		shape: 'square',
		label: 'Special cause: higher'
	},
	special_cause_neutral_low: {
		fill: '#490092',
		stroke: '#2c0059',
		shape: 'square',
		label: 'Special cause: lower'
	}
};

export const VARIATION_ICON_TEXT: Record<
	VariationIcon,
	{ title: string; letter: string; colour: string }
> = {
	common_cause: { title: 'Common cause variation', letter: '~', colour: '#5c6b75' },
	improvement_high: {
		title: 'Special cause improvement (higher is better)',
		letter: 'H',
		colour: '#005eb8'
	},
	improvement_low: {
		title: 'Special cause improvement (lower is better)',
		letter: 'L',
		colour: '#005eb8'
	},
	concern_high: { title: 'Special cause concern (higher)', letter: 'H', colour: '#8a3c00' },
	concern_low: { title: 'Special cause concern (lower)', letter: 'L', colour: '#8a3c00' },
	neutral_high: { title: 'Special cause: higher (no judgement)', letter: 'H', colour: '#490092' },
	neutral_low: { title: 'Special cause: lower (no judgement)', letter: 'L', colour: '#490092' }
};

export const ASSURANCE_ICON_TEXT: Record<
	AssuranceType,
	{ title: string; letter: string; colour: string }
> = {
	consistent_pass: { title: 'Consistently passing the target', letter: 'P', colour: '#005eb8' },
	consistent_fail: { title: 'Consistently failing the target', letter: 'F', colour: '#8a3c00' },
	inconsistent: { title: 'Hit and miss against the target', letter: '?', colour: '#5c6b75' }
};

/**
 * The heights (in a 42-unit icon) of the five points inside a variation icon: flat for common
 * cause, the last two rising for a high special cause and falling for a low one, as in the MDC
 * icons.
 */
export function variationRun(icon: VariationIcon): number[] {
	if (icon === 'common_cause') return [22, 19, 23, 20, 22];
	return icon.endsWith('_high') ? [28, 27, 28, 22, 18] : [16, 17, 16, 22, 27];
}

/** SVG path for a marker of about `size` pixels centred on the origin. */
export function markerPath(shape: PointStyle['shape'], size: number): string {
	const r = size / 2;
	switch (shape) {
		case 'circle':
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
		case 'triangle-up':
			return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
		case 'triangle-down':
			return `M0,${r * 1.2}L${r * 1.1},${-r * 0.8}L${-r * 1.1},${-r * 0.8}Z`;
		case 'diamond':
			return `M0,${-r * 1.3}L${r * 1.1},0L0,${r * 1.3}L${-r * 1.1},0Z`;
		case 'square':
			return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
	}
}

/** The points of each rebase group, in order: a group is a run of consecutive points. */
export function rebaseGroups<P extends { rebaseGroup: number }>(points: readonly P[]): P[][] {
	const groups: P[][] = [];
	for (const point of points) {
		const current = groups[groups.length - 1];
		if (current && current[0].rebaseGroup === point.rebaseGroup) current.push(point);
		else groups.push([point]);
	}
	return groups;
}
