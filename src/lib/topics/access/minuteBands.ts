/**
 * The fixed minute bands of the travel-time map (15, 30, 45 and 60 minutes: src/lib/facts.ts),
 * each with a colour from light (near) to dark (far) and, from the third band on, a pattern, so
 * that the bands differ by more than colour.
 */
import type { MapBand, MapPattern } from '$lib/components/charts/map/types';
import { TRAVEL_MINUTE_BAND_EDGES } from '$lib/facts';

const FILLS = ['#cfe3f3', '#84b3dc', '#3f7fbf', '#23508a', '#15244a'];
const PATTERNS: MapPattern[] = ['none', 'none', 'dots', 'lines', 'cross'];

export interface MinuteBand {
	key: string;
	label: string;
	fill: string;
	pattern: MapPattern;
}

export const MINUTE_BANDS: readonly MinuteBand[] = [...TRAVEL_MINUTE_BAND_EDGES, Infinity].map(
	(to, i) => {
		const from = i === 0 ? 0 : TRAVEL_MINUTE_BAND_EDGES[i - 1];
		const label =
			i === 0
				? `${to} minutes or less`
				: to === Infinity
					? `More than ${from} minutes`
					: `More than ${from}, up to ${to} minutes`;
		return {
			key: to === Infinity ? `over-${from}` : `to-${to}`,
			label,
			fill: FILLS[i],
			pattern: PATTERNS[i]
		};
	}
);

/** The band of a journey: 15 minutes exactly is in the first band, 15.1 in the second. */
export function minuteBand(minutes: number): number {
	const i = TRAVEL_MINUTE_BAND_EDGES.findIndex((edge) => minutes <= edge);
	return i === -1 ? TRAVEL_MINUTE_BAND_EDGES.length : i;
}

export function mapBands(bandOfArea: readonly number[]): MapBand[] {
	return MINUTE_BANDS.map((band, i) => ({
		...band,
		count: bandOfArea.filter((b) => b === i).length
	}));
}
