/** The fill of a band: its colour, or the pattern MapPatterns defines for it. */
import type { MapBand } from './types';

export function bandFill(
	prefix: string,
	band: Pick<MapBand, 'fill' | 'pattern'>,
	index: number
): string {
	return band.pattern === 'none' ? band.fill : `url(#${prefix}-band-${index})`;
}
