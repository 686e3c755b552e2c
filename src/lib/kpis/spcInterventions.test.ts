import { describe, expect, it } from 'vitest';
import type { Intervention } from '$lib/data/interventions';
import { ptdSpc } from '$lib/stats/spc';
import { rebaseChange, spcMarkers, spcSegments } from './spcInterventions';

const change = (id: string, date: string): Intervention => ({
	id,
	date,
	label: `Change ${id}`,
	scope: 'icb',
	scopeCode: 'QH8',
	kpiIds: ['gynae_larc_waiting'],
	kind: 'pathway_change'
});
const DATES = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30'];

describe('spcMarkers', () => {
	it('keeps changes after the first point and up to the last, numbered in order', () => {
		const markers = spcMarkers(
			[
				change('before', '2025-01-31'),
				change('a', '2025-02-01'),
				change('b', '2025-04-30'),
				change('after', '2025-05-01')
			],
			DATES
		);
		expect(markers.map((m) => [m.number, m.id, m.pointIndex, m.text])).toEqual([
			[1, 'a', 1, 'Change a, 1 February 2025'],
			[2, 'b', 3, 'Change b, 30 April 2025']
		]);
	});
});

describe('rebaseChange', () => {
	const [marker] = spcMarkers([change('a', '2025-03-01')], DATES);
	it('says the mean stayed when it rounds to the same figure', () => {
		const result = ptdSpc([10, 12, 11.2, 10.8], { dates: DATES, rebase: [2] });
		expect(spcSegments(result).map((s) => [s.from, s.to, s.points, s.mean, s.provisional])).toEqual(
			[
				['2025-01-31', '2025-02-28', 2, 11, true],
				['2025-03-31', '2025-04-30', 2, 11, true]
			]
		);
		expect(rebaseChange(result, marker, (v) => v.toFixed(0))).toBe(
			'After Change a (March 2025) the mean stayed at 11. ' +
				'The limits before it rest on only 2 points, so treat them as provisional.'
		);
	});
	it('is empty when the chart is not rebased', () => {
		expect(rebaseChange(ptdSpc([1, 2, 3, 4]), marker, String)).toBe('');
	});
});
