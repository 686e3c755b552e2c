/**
 * How a chart fits the width it is given. At 400 % zoom (WCAG 1.4.10 reflow: 320 CSS px) a card
 * leaves about 250 px for a chart, so side margins made for labels (150 px of line names, 190 px
 * of bar names) would leave nothing to draw in. Below COMPACT_CHART_BELOW_PX charts switch to a
 * compact layout: names move to a legend or above their bar, and axes keep only the labels that
 * fit side by side.
 */
import type { ChartPadding } from './types';

/** Narrower than this, a chart uses its compact layout (wide margins would leave under ~250 px). */
export const COMPACT_CHART_BELOW_PX = 480;

/**
 * The width a chart is drawn at before it can be measured: on the server, for the first paint
 * and for a browser without JavaScript. Once mounted, the chart takes its measured width.
 */
export const DEFAULT_CHART_WIDTH = 640;

/**
 * The viewBox of a chart's drawing: its plotting area at the width it was laid out for. Once the
 * chart has measured its width this is the drawing's own size, so nothing is scaled; before that
 * (the server's HTML, a browser without JavaScript) a chart laid out at DEFAULT_CHART_WIDTH is
 * scaled to the space it has instead of running off it.
 */
export function plotViewBox(width: number, height: number, padding: ChartPadding): string {
	const plotWidth = Math.max(1, width - padding.left - padding.right);
	const plotHeight = Math.max(1, height - padding.top - padding.bottom);
	return `0 0 ${plotWidth} ${plotHeight}`;
}

/** Right margin of a compact chart: room for the overhang of the last axis label's edge. */
export const COMPACT_RIGHT_PX = 12;

/**
 * Width of one character of a 12 px Arial label, rounded up (digits are 6.7 px): used only to
 * decide which labels fit, never to size text, so an overestimate just drops a label early.
 */
const CHAR_PX = 7;

export function isCompact(width: number): boolean {
	return width < COMPACT_CHART_BELOW_PX;
}

/** The chart's padding for its width: the wide margins, or the compact right margin. */
export function chartPadding(width: number, wide: ChartPadding): ChartPadding {
	return isCompact(width) ? { ...wide, right: Math.min(wide.right, COMPACT_RIGHT_PX) } : wide;
}

/** Estimated width in px of a label drawn at 12 px. */
export function labelWidth(text: string): number {
	return text.length * CHAR_PX;
}

/** Gap kept between neighbouring axis labels. */
const LABEL_GAP_PX = 8;

/**
 * The ticks whose labels fit side by side: the first, then each one far enough from the last kept
 * to clear both labels (half of each, plus a gap). Fewer ticks rather than overlapping labels.
 */
export function ticksThatFit<T>(
	ticks: readonly T[],
	positionOf: (tick: T) => number,
	labelOf: (tick: T) => string
): T[] {
	const kept: T[] = [];
	for (const tick of ticks) {
		const previous = kept[kept.length - 1];
		if (
			previous === undefined ||
			positionOf(tick) - positionOf(previous) >=
				(labelWidth(labelOf(tick)) + labelWidth(labelOf(previous))) / 2 + LABEL_GAP_PX
		) {
			kept.push(tick);
		}
	}
	return kept;
}

/**
 * Where to anchor a label at x so that it stays between `min` and `max` (the chart's drawable
 * extent, margins included): centred when it fits, otherwise flush with the nearer edge.
 */
export function anchorWithin(
	x: number,
	text: string,
	min: number,
	max: number
): 'start' | 'middle' | 'end' {
	const half = labelWidth(text) / 2;
	if (x - half < min) return 'start';
	if (x + half > max) return 'end';
	return 'middle';
}
