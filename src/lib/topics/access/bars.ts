/** One bar of a horizontal bar chart as a card model gives it (HorizontalBarChart's Bar). */
export interface BarModel {
	key: string;
	label: string;
	value: number;
	valueText: string;
	emphasis?: boolean;
}
