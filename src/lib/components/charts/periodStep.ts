/**
 * Keyboard stepping through a chart's points, as the WAI-ARIA APG slider pattern asks: Right and
 * Up go to the next point, Left and Down to the previous one, Home and End to the first and last.
 * The chart always has a current point (the slider's value), so the first key press moves from
 * the point already shown, never from somewhere unseen. Escape only hides the readout (null).
 */
export function nextPeriodIndex(
	key: string,
	current: number,
	count: number
): number | null | undefined {
	const last = count - 1;
	if (last < 0) return undefined;
	const from = Math.min(Math.max(current, 0), last);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return Math.min(last, from + 1);
		case 'ArrowLeft':
		case 'ArrowDown':
			return Math.max(0, from - 1);
		case 'Home':
			return 0;
		case 'End':
			return last;
		case 'Escape':
			return null;
		default:
			return undefined;
	}
}
