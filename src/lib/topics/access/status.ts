/** The /access page's one status message, naming the whole selection (WCAG 4.1.3). */
import { SITE_SERVICES } from '$lib/data/siteServices';
import type { AccessState } from './state';
import type { AccessView } from './view';

export function accessStatus(state: AccessState, view: AccessView): string {
	const service = SITE_SERVICES[state.service].phrase;
	const scenario = state.spokes === undefined ? 'the illustrative configuration' : 'your scenario';
	return `Showing modelled travel by car to ${service} with ${scenario}: ${view.coverage.headline.shareText} of women within ${state.thresholdMinutes} minutes.`;
}
