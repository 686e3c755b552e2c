/** The overview's status message: whose LARC waiting list the chart shows (WCAG 4.1.3). */
export function overviewSelectionStatus(areaLabel: string): string {
	return `Showing the LARC waiting list for ${areaLabel}.`;
}
