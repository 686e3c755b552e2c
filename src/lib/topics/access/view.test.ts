import { describe, expect, it } from 'vitest';
import { parseAccessState } from './state';
import { TINY } from './testData';
import { minutesMatrix } from './travelMatrix';
import { accessView } from './view';

const state = (query: string) => parseAccessState(new URLSearchParams(query)).state;
const view = (query: string) => accessView(TINY, minutesMatrix(TINY), state(query));

describe('accessView on a tiny geography (gynaecological LARC, 30 minutes)', () => {
	// Baseline sites: hub H and hospital A. Nearest: L1 10 (H), L2 40 (H), L3 20 (A).
	// Within 30: L1 (100 women) and L3 (600) of 1,000.
	it('gives the baseline coverage and gap', () => {
		const v = view('');
		expect(v.coverage.headline.shareText).toBe('70.0%');
		// Quintile 1 (L1) 100 %, quintile 5 (L3) 100 %: no gap.
		expect(v.coverage.headline.gapText).toBe('the same in the most and the least deprived fifths');
		expect(v.coverage.localityRows.map((r) => [r.group, r.shareText])).toEqual([
			['Mid and South Essex', '70.0%'],
			['North', '25.0%'],
			['South', '100.0%']
		]);
	});

	it('lists the furthest LSOA first in the map, its table and the worst served', () => {
		const v = view('');
		expect(v.map.rows.map((r) => [r.code, r.minutesText, r.site])).toEqual([
			['L2', '40.0 min', 'Site HUB'],
			['L3', '20.0 min', 'Site ACU'],
			['L1', '10.0 min', 'Site HUB']
		]);
		expect(v.map.areas.map((a) => a.id)).toEqual(['L2', 'L3', 'L1']);
		expect(v.map.areas[0].band).toBe(2);
		expect(v.coverage.worst[0].code).toBe('L2');
	});

	it('suggests the practice that brings L2 (300 women) within reach: PR1 at 20 minutes', () => {
		const v = view('');
		expect(v.planner.suggestions.map((s) => [s.id, s.addedText, s.shareText])).toEqual([
			['PR1', '300', '100.0%']
		]);
	});

	it('recomputes coverage for a scenario and compares it with the baseline', () => {
		const v = view('scenario=1&spoke=PR1');
		expect(v.coverage.headline.shareText).toBe('100.0%');
		expect(v.planner.comparison.find((r) => r.key === 'share')).toMatchObject({
			baseline: '70.0%',
			scenario: '100.0%',
			change: '+30.0 points'
		});
		expect(v.planner.changes).toEqual({ added: ['Site PR1'], removed: [] });
		expect(v.map.markers.map((m) => m.id)).toEqual(['HUB', 'ACU', 'PR1']);
	});

	it('keeps the baseline spokes of another service and lets a scenario remove them', () => {
		// Menopause (45–64: no women here) is offered by H and spoke PR2.
		const base = view('service=menopause');
		expect(base.planner.toggles[0].practices.map((p) => [p.id, p.checked, p.inBaseline])).toEqual([
			['PR1', false, false],
			['PR2', true, true]
		]);
		const removed = view('service=menopause&scenario=1');
		expect(removed.planner.changes).toEqual({ added: [], removed: ['Site PR2'] });
	});

	it('writes the LSOA download with women under disclosure control', () => {
		const [download] = view('').map.downloads;
		expect(download.metadata.kind).toBe('modelled');
		const women = download.header.indexOf('women_15_to_64');
		expect(download.rows.map((r) => r[women])).toEqual(['100', '300', '600']);
		const minutes = download.header.indexOf('modelled_car_minutes');
		expect(download.rows.map((r) => r[minutes])).toEqual([10, 40, 20]);
	});
});
