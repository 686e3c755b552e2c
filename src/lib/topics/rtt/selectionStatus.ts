/** The /rtt page's status message: the month whose completed pathways are shown (WCAG 4.1.3). */
import { formatMonth } from '$lib/format/numbers';

/** `period` is the first day of the month (ISO). */
export function rttSelectionStatus(period: string): string {
	return `Showing gynaecology referral to treatment waits for pathways completed in ${formatMonth(period)}.`;
}
