import { describe, expect, it } from 'vitest';
import { parseServicesState, servicesSearch, sortedBy, DEFAULT_SERVICES_STATE } from './state';

const parse = (query: string) => parseServicesState(new URLSearchParams(query));

describe('services state', () => {
	it('defaults to every locality and service, PCNs by name', () => {
		expect(parse('')).toEqual({ state: DEFAULT_SERVICES_STATE, problems: [] });
	});

	it('reads a locality by slug or by name, a group and a sort', () => {
		expect(parse('locality=thurrock&services=phase-1&sort=ring_pessary').state).toEqual({
			locality: 'Thurrock',
			group: 'phase-1',
			sort: 'ring_pessary',
			dir: 'desc'
		});
		expect(parse('locality=Mid+Essex').state.locality).toBe('Mid Essex');
	});

	it('reports what it cannot use and falls back to the default', () => {
		const { state, problems } = parse('locality=leeds&services=some&sort=DROP+TABLE&dir=up');
		expect(state).toEqual(DEFAULT_SERVICES_STATE);
		expect(problems).toEqual([
			'"leeds" is not a locality, so all localities are shown.',
			'"some" is not a group of services, so all services are shown.',
			'"DROP TABLE" is not a column to sort by, so PCNs are sorted by name.',
			'"up" is not a sort direction (asc or desc).'
		]);
	});

	it('writes only what differs from the default, and reads back what it wrote', () => {
		expect(servicesSearch(DEFAULT_SERVICES_STATE)).toBe('');
		const state = {
			locality: 'South East Essex' as const,
			group: 'core' as const,
			sort: 'menopause',
			dir: 'asc' as const
		};
		expect(servicesSearch(state)).toBe(
			'?locality=south-east-essex&services=core&sort=menopause&dir=asc'
		);
		expect(parse(servicesSearch(state).slice(1)).state).toEqual(state);
	});

	it('flips the direction of the column already sorted, and starts another at its default', () => {
		const byPessary = sortedBy(DEFAULT_SERVICES_STATE, 'ring_pessary');
		expect(byPessary).toMatchObject({ sort: 'ring_pessary', dir: 'desc' });
		expect(sortedBy(byPessary, 'ring_pessary').dir).toBe('asc');
		expect(sortedBy(byPessary, 'pcn')).toMatchObject({ sort: 'pcn', dir: 'asc' });
	});
});
