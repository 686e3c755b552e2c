/** One bar of a categorical bar chart; a null value is drawn as a labelled gap, never as 0. */
export interface BarDatum {
	key: string;
	/** Category label on the axis, e.g. "Jul 2024". */
	label: string;
	value: number | null;
	/** As shown above the bar and read out, e.g. "6,181" or "Not published". */
	valueLabel: string;
}
