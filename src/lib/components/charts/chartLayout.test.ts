import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	anchorWithin,
	chartPadding,
	COMPACT_CHART_BELOW_PX,
	isCompact,
	labelWidth,
	plotViewBox,
	ticksThatFit
} from './chartLayout';

const WIDE = { top: 16, right: 150, bottom: 30, left: 52 };

describe('chartPadding', () => {
	it('keeps the wide margins from 480 px and trims the right margin below', () => {
		expect(chartPadding(480, WIDE)).toEqual(WIDE);
		// 320 px viewport: about 260 px for the chart, of which the plot keeps 196 (not 58).
		expect(chartPadding(260, WIDE)).toEqual({ ...WIDE, right: 12 });
		expect(isCompact(479)).toBe(true);
		expect(isCompact(480)).toBe(false);
	});

	it('never widens a margin that is already narrow', () => {
		expect(chartPadding(260, { top: 0, right: 8, bottom: 0, left: 0 }).right).toBe(8);
	});
});

describe('ticksThatFit', () => {
	const label = (n: number) => `Mon ${n}`; // 5 characters: 35 px
	it('keeps every tick when the labels fit side by side', () => {
		// 35 px labels need 35 + 8 = 43 px between centres.
		expect(ticksThatFit([0, 1, 2], (n) => n * 43, label)).toEqual([0, 1, 2]);
	});

	it('drops the ticks whose labels would touch the last one kept', () => {
		// 20 px apart: keep 0, skip 1 and 2 (20 and 40 px from it), keep 3 (60 px), skip 4 and 5
		// (20 and 40 px from 3), keep 6.
		expect(ticksThatFit([0, 1, 2, 3, 4, 5, 6], (n) => n * 20, label)).toEqual([0, 3, 6]);
	});
});

describe('anchorWithin', () => {
	it('centres a label that fits and pins one at an edge inside the chart', () => {
		expect(labelWidth('Nov 2023')).toBe(56);
		expect(anchorWithin(100, 'Nov 2023', -52, 250)).toBe('middle');
		expect(anchorWithin(230, 'Nov 2023', -52, 250)).toBe('end'); // 230 + 28 > 250
		expect(anchorWithin(0, 'Nov 2023', 0, 250)).toBe('start'); // 0 − 28 < 0
	});
});

describe('plotViewBox', () => {
	it('is the plotting area inside the margins, at the width laid out for', () => {
		// 640 − 52 − 150 = 438 wide; 300 − 16 − 30 = 254 high.
		expect(plotViewBox(640, 300, WIDE)).toBe('0 0 438 254');
	});

	it('never has an empty box, however narrow the chart', () => {
		expect(plotViewBox(100, 20, WIDE)).toBe('0 0 1 1');
	});
});

describe('the compact layout in CSS', () => {
	it('switches at the same width as the charts do, so the first paint has the right layout', () => {
		const css = readFileSync('src/lib/styles/app.css', 'utf8');
		const widths = [...css.matchAll(/@container \(width < (\d+)px\)/g)].map((m) => Number(m[1]));
		expect(widths.length).toBeGreaterThan(0);
		expect(new Set(widths)).toEqual(new Set([COMPACT_CHART_BELOW_PX]));
	});
});
