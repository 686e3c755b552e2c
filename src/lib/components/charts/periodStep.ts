/** Keyboard stepping through a chart's periods (slider keys, WAI-ARIA APG). */
export function nextPeriodIndex(
	key: string,
	current: number | null,
	count: number
): number | null | undefined {
	const last = count - 1;
	if (last < 0) return undefined;
	const from = current ?? last;
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return Math.max(0, from - 1);
		case 'ArrowRight':
		case 'ArrowUp':
			return Math.min(last, from + 1);
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
