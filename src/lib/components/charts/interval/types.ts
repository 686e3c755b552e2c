/** Shapes of the interval (estimate and confidence interval) chart. */
import type { PointStyle } from '../spc/spcPresentation';

export interface IntervalPoint {
	/** null = not published: written as such, never drawn as 0. */
	value: number | null;
	lower: number | null;
	upper: number | null;
}

export interface IntervalSeries {
	key: string;
	label: string;
	/** Each series has its own marker shape as well as its colour. */
	shape: PointStyle['shape'];
	colour: string;
	/** One per category, in category order; null = no figure for that category. */
	points: (IntervalPoint | null)[];
}

/** A target drawn across each category it applies to, e.g. the standard in force that month. */
export interface TargetLine {
	key: string;
	label: string;
	dash: string;
	/** One per category; null = none that month. */
	values: (number | null)[];
}

export const INTERVAL_SERIES_STYLES = [
	{ shape: 'circle', colour: '#005eb8' },
	{ shape: 'triangle-up', colour: '#330072' },
	{ shape: 'diamond', colour: '#8a3c00' }
] as const;

export const TARGET_DASHES = ['6 3', '2 3'] as const;
