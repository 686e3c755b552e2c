/** Shapes shared by the chart components. */
export interface SeriesPoint {
	/** ISO date of the period (month end). */
	date: string;
	/** Null where the value may not be drawn (a count withheld under disclosure control): a gap. */
	value: number | null;
}

export interface Series {
	key: string;
	label: string;
	/** Stroke colour; never the only cue: each series also has its own dash and end label. */
	colour: string;
	dash: string;
	points: SeriesPoint[];
}

/** Accessible, colour-blind-safe line styles (NHS identity colours, distinct dashes). */
export const SERIES_STYLES = [
	{ colour: '#005eb8', dash: 'none' },
	{ colour: '#d5281b', dash: '6 3' },
	{ colour: '#007f3b', dash: '2 3' },
	{ colour: '#330072', dash: '10 3 2 3' }
] as const;

/** Space around a chart's plotting area for its axes and labels, in px (as LayerCake takes it). */
export interface ChartPadding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}
