/** The overview's status message: whose headline measures and waiting list are shown (WCAG 4.1.3). */
export function overviewSelectionStatus(areaLabel: string): string {
	return `Showing the headline measures and the LARC waiting list for ${areaLabel}.`;
}
