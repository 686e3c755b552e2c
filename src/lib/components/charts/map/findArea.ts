/** The area an area search means: its code, its exact name, or else the first name starting so. */
import type { MapArea } from './types';

export function findArea(areas: readonly MapArea[], text: string): MapArea | undefined {
	const wanted = text.trim().toLowerCase();
	if (wanted === '') return undefined;
	return (
		areas.find((a) => a.id.toLowerCase() === wanted || a.name.toLowerCase() === wanted) ??
		areas.find((a) => a.name.toLowerCase().startsWith(wanted))
	);
}
