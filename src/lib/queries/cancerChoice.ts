/**
 * Which suspected cancer a cancer view shows: suspected gynaecological cancer, or all suspected
 * cancers for context. Shared by the USC demand and cancer waiting-time queries and the URL.
 */
export const CANCER_CHOICES = ['gynaecological', 'all'] as const;
export type CancerChoice = (typeof CANCER_CHOICES)[number];

export const CANCER_CHOICE_LABEL: Record<CancerChoice, string> = {
	gynaecological: 'Suspected gynaecological cancer',
	all: 'All suspected cancers'
};
