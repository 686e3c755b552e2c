/** One bin of a histogram over a numeric axis; `to` null is an open top bin ("104 plus"). */
export interface HistogramBin {
	from: number;
	to: number | null;
	/** null = not published: drawn as a gap and read out as such, never as 0. */
	value: number | null;
}

/** A labelled vertical line, e.g. the 18-week standard. */
export interface ReferenceLine {
	at: number;
	label: string;
}
