/** The minutes from every area to every site, site-major (minutes[site × areas + area]). */
import { modelledMinutesMatrix } from '$lib/stats/travelTime';
import type { AccessData } from './types';

export function minutesMatrix(data: Pick<AccessData, 'areas' | 'sites' | 'travel'>): Float64Array {
	if (data.travel.kind === 'matrix') return Float64Array.from(data.travel.minutes);
	return modelledMinutesMatrix(
		data.areas.map((a) => ({ ...a.origin, ruralUrban: a.ruralUrban })),
		data.sites,
		data.travel.constants
	);
}
