import { describe, expect, it } from 'vitest';
import { coverageMatrixCardModel, sortMatrixGroups } from './coverageMatrix';
import { DEFAULT_SERVICES_STATE } from './state';
import { level, service } from './testRows';

const SERVICES = [
	service('ring_pessary', 'ring pessary care'),
	service('menopause', 'menopause care', { age_band_to: '55-64', phase: 2 })
];
const LEVELS = [
	level('B', 'Thurrock', 'ring_pessary', 'clinical_in_person', '2024-07-01'),
	level('B', 'Thurrock', 'menopause', 'advice_triage', '2024-09-01'),
	level('A', 'Thurrock', 'ring_pessary', 'not_offered'),
	level('A', 'Thurrock', 'menopause', 'clinical_virtual', '2024-08-01'),
	level('C', 'Mid Essex', 'ring_pessary', 'clinical_in_person', '2024-08-01'),
	level('C', 'Mid Essex', 'menopause', 'not_offered')
];
const COVERAGE = [
	{
		service_code: 'ring_pessary',
		pcns: 3,
		pcns_triage: 2,
		pcns_clinical: 2,
		pcns_in_person: 2,
		women: 800,
		women_in_person: 600
	},
	{
		service_code: 'menopause',
		pcns: 3,
		pcns_triage: 2,
		pcns_clinical: 1,
		pcns_in_person: 0,
		women: 400,
		women_in_person: 0
	}
];

const model = (state = DEFAULT_SERVICES_STATE) =>
	coverageMatrixCardModel({
		services: SERVICES,
		levels: LEVELS,
		coverage: COVERAGE,
		state,
		asAt: '2026-10-31',
		area: 'Mid and South Essex ICB (QH8)'
	});

const order = (m: ReturnType<typeof model>) =>
	m.groups.map((g) => [g.locality, g.rows.map((r) => r.key)]);

describe('coverage matrix card', () => {
	it('groups PCNs by locality, by name, each cell a symbol and words', () => {
		const m = model();
		expect(order(m)).toEqual([
			['Mid Essex', ['C']],
			['Thurrock', ['A', 'B']]
		]);
		expect(m.groups[1].rows[1].cells[0]).toEqual({
			code: 'ring_pessary',
			level: 'clinical_in_person',
			icon: '●',
			text: 'In person',
			detail: 'Clinical, in person since 1 July 2024 at F81001'
		});
		expect(m.kind).toBe('synthetic');
	});

	it('totals PCNs in person and the share of women of the service’s ages', () => {
		// 600 of 800 women aged 45 and over: 75.0%.
		expect(model().totals).toEqual([
			{ code: 'ring_pessary', inPerson: '2 of 3', share: '75.0%' },
			{ code: 'menopause', inPerson: '0 of 3', share: '0.0%' }
		]);
		expect(model().columns.map((c) => c.ages)).toEqual(['45 and over', '45–64']);
	});

	it('sorts within each locality by a service’s level, best first, then flips', () => {
		const byMenopause = model({ ...DEFAULT_SERVICES_STATE, sort: 'menopause', dir: 'desc' });
		// A is virtual, B triage: A first.
		expect(order(byMenopause)[1]).toEqual(['Thurrock', ['A', 'B']]);
		expect(byMenopause.columns[1]).toMatchObject({
			ariaSort: 'descending',
			sortSearch: '?sort=menopause&dir=asc'
		});
		const byPessary = model({ ...DEFAULT_SERVICES_STATE, sort: 'ring_pessary', dir: 'desc' });
		expect(order(byPessary)[1]).toEqual(['Thurrock', ['B', 'A']]);
		expect(byPessary.pcnSort).toEqual({ sortSearch: '', ariaSort: 'none' });
		expect(model().columns[0].sortSearch).toBe('?sort=ring_pessary');
	});

	it('sorts by name in reverse', () => {
		expect(sortMatrixGroups(model().groups, 'pcn', 'desc')[1].rows.map((r) => r.key)).toEqual([
			'B',
			'A'
		]);
	});

	it('leads with phase one in person, then counts the services nobody offers in person', () => {
		expect(model().summary).toBe(
			'As at 31 October 2026, in Mid and South Essex ICB (QH8), 2 of 3 PCNs offer ring pessary care in person (75.0% of women aged 45 and over). 1 of the 2 services shown is offered in person by no PCN.'
		);
	});

	it('downloads one row per PCN and service, and the totals, marked synthetic', () => {
		const [offers, totals] = model().downloads;
		expect(offers.rows).toHaveLength(6);
		expect(offers.header.slice(3, 8)).toEqual([
			'locality',
			'pcn_code',
			'pcn_name',
			'service_code',
			'level'
		]);
		expect(offers.rows[0].slice(0, 8)).toEqual([
			'Mid and South Essex ICB (QH8)',
			'31 October 2026',
			'synthetic demonstration data',
			'Mid Essex',
			'C',
			'C PCN',
			'ring_pessary',
			'clinical_in_person'
		]);
		expect(totals.rows[0].slice(3)).toEqual([
			'ring_pessary',
			'ring pessary care',
			'45 and over',
			3,
			2,
			2,
			2,
			75,
			expect.stringContaining('Synthetic service offers'),
			'No counts of patients: counts of PCNs and clinicians are not suppressed'
		]);
	});
});
