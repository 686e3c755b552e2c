import { describe, expect, it } from 'vitest';
import { milestoneCardModel } from './milestones';

const ROWS = [
	{
		locality: 'Thurrock',
		clinical_two_core: '2024-07-01',
		all_core_triaged: '2025-02-01',
		in_person_two_core: null
	},
	{
		locality: 'Mid Essex',
		clinical_two_core: '2024-08-01',
		all_core_triaged: '2024-10-01',
		in_person_two_core: '2024-08-01'
	},
	{
		locality: null,
		clinical_two_core: '2024-07-01',
		all_core_triaged: '2024-10-01',
		in_person_two_core: '2024-08-01'
	}
];

const model = () => milestoneCardModel({ rows: ROWS, asAt: '2026-10-31' });

describe('milestone card', () => {
	it('says met on time, met late, or not met with the date due', () => {
		const thurrock = model().areas.find((a) => a.key === 'Thurrock')!;
		expect(thurrock.statuses.map((s) => s.text)).toEqual([
			'Met 1 July 2024 (on time)',
			'Met 1 February 2025 (after the December 2024 deadline)',
			'Not met (no national date)'
		]);
		expect(thurrock.statuses.map((s) => s.icon)).toEqual(['✓', '✓', '✗']);
		// Mid Essex met the July requirement on 1 August: late.
		expect(model().areas.find((a) => a.key === 'Mid Essex')!.statuses[0].text).toBe(
			'Met 1 August 2024 (after the July 2024 deadline)'
		);
	});

	it('shows every locality, with none met where the data have no row for it', () => {
		const areas = model().areas;
		expect(areas.map((a) => a.area)).toEqual([
			'Mid and South Essex ICB (first hub)',
			'Basildon and Brentwood hub',
			'Mid Essex hub',
			'South East Essex hub',
			'Thurrock hub'
		]);
		expect(areas[1].statuses.every((s) => !s.met)).toBe(true);
		expect(areas[1].statuses[1].text).toBe('Not met (due by 31 December 2024)');
	});

	it('summarises the ICB and names the hubs still short', () => {
		expect(model().summary).toBe(
			'As at 31 October 2026, the ICB meets all 3 minimum requirements for hubs; 3 of 4 locality hubs do not yet meet them all (Basildon and Brentwood, South East Essex, Thurrock).'
		);
	});

	it('downloads one row per hub and requirement with the first date met', () => {
		const [file] = model().downloads;
		expect(file.rows).toHaveLength(15);
		expect(file.rows[0].slice(2, 8)).toEqual([
			'synthetic demonstration data',
			'Mid and South Essex ICB (first hub)',
			'Clinical support in at least two core services',
			'2024-07-31',
			'yes',
			'2024-07-01'
		]);
	});
});
