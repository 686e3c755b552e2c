/**
 * How each level of offer is shown: a symbol and words, so the matrix never relies on colour
 * (WCAG 1.4.1); the symbols fill up as the level rises.
 */
import { SERVICE_LEVELS, type ServiceLevel } from '$lib/data/services';

export const LEVEL_LABEL: Record<ServiceLevel, string> = {
	not_offered: 'Not offered',
	advice_triage: 'Advice & guidance / triage',
	clinical_virtual: 'Clinical, virtual',
	clinical_in_person: 'Clinical, in person'
};

/** Short words for a matrix cell. */
export const LEVEL_SHORT_LABEL: Record<ServiceLevel, string> = {
	not_offered: 'None',
	advice_triage: 'Triage',
	clinical_virtual: 'Virtual',
	clinical_in_person: 'In person'
};

export const LEVEL_ICON: Record<ServiceLevel, string> = {
	not_offered: '–',
	advice_triage: '○',
	clinical_virtual: '◐',
	clinical_in_person: '●'
};

export const levelRank = (level: ServiceLevel) => SERVICE_LEVELS.indexOf(level);
