/** The /cancer page's status message: which suspected cancer the figures are for (WCAG 4.1.3). */
import { CANCER_CHOICE_LABEL, type CancerChoice } from '$lib/queries/cancerChoice';

export function cancerSelectionStatus(cancer: CancerChoice): string {
	const label = CANCER_CHOICE_LABEL[cancer];
	return `Showing urgent suspected cancer referrals and waiting times for ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;
}
