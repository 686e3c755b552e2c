import { describe, expect, it } from 'vitest';
import { chartDrawings } from './chartDrawings';

/** A card as Svelte's server writes it: hydration comments, escaped text, a chart frame. */
function card(id: string, title: string, chartLabel: string, points: string) {
	return (
		`<section class="card svelte-x" id="${id}"><h2 id="${id}-title" class="svelte-x">${title}</h2>` +
		`<div class="tab-panel" role="tabpanel" id="${id}-panel-chart"><!--[--><div class="chart-frame">` +
		`<p class="axis-title" aria-hidden="true">Women waiting</p><div class="keyboard-chart">` +
		`<svg viewBox="0 0 42 42" width="32" height="32" aria-hidden="true"><circle r="2"></circle></svg>` +
		`<svg class="layercake-layout-svg svelte-v" viewBox="0 0 494 252" width="640" height="300" ` +
		`aria-label="${chartLabel}" role="img" style="top: 18px; left: 56px; width: calc(100% - 146px);">` +
		`<!--[-1--><g class="spc-points"><path d="${points}"></path></g><!--]--></svg></div>` +
		`<p class="axis-title axis-title-x" aria-hidden="true">Month end</p></div>` +
		`<ol class="spc-markers-list" aria-labelledby="m"><!--[--><li value="1">Thurrock spoke opens, 1 March 2025</li><!--]--></ol>` +
		`</div><div class="tab-panel" id="${id}-panel-table"><svg role="img" viewBox="0 0 1 1"></svg></div></section>`
	);
}

describe('a card’s charts, taken from the page the server drew', () => {
	const html =
		card(
			'larc-spc',
			'Is the gynaecological backlog changing?',
			'SPC chart: gynaecological',
			'M0,1'
		) +
		card(
			'larc-spc',
			'Is the contraceptive backlog changing?',
			'SPC chart: women &amp; girls',
			'M0,2'
		);

	it('finds the card by id and title, and only its Chart panel’s labelled drawings', () => {
		const [drawing, ...rest] = chartDrawings(
			html,
			'larc-spc',
			'Is the contraceptive backlog changing?'
		);
		expect(rest).toHaveLength(0);
		expect(drawing.label).toBe('SPC chart: women & girls');
		expect(drawing.content).toBe('<g class="spc-points"><path d="M0,2"></path></g>');
	});

	it('widens the plotting area’s viewBox by the margins its labels use', () => {
		const [drawing] = chartDrawings(html, 'larc-spc', 'Is the gynaecological backlog changing?');
		// left 56 and top 18 from the style; the whole drawing is the 640 × 300 it was laid out in.
		expect(drawing.viewBox).toEqual({ x: -56, y: -18, width: 640, height: 300 });
	});

	it('keeps the axis titles and the interventions the chart numbers', () => {
		const [drawing] = chartDrawings(html, 'larc-spc', 'Is the gynaecological backlog changing?');
		expect(drawing.yLabel).toBe('Women waiting');
		expect(drawing.xLabel).toBe('Month end');
		expect(drawing.notes).toEqual(['1. Thurrock spoke opens, 1 March 2025']);
		expect(drawing.key).toBeNull();
	});

	it('finds nothing for a card that is not there', () => {
		expect(chartDrawings(html, 'waits', 'How long women wait')).toEqual([]);
	});
});
