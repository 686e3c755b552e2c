import { describe, expect, it } from 'vitest';
import { overviewSearch, parseOverviewState } from './state';

const parse = (search: string) => parseOverviewState(new URLSearchParams(search));

describe('parseOverviewState', () => {
	it('shows the whole ICB when no locality is given', () => {
		expect(parse('')).toEqual({ state: { locality: null }, problems: [] });
		expect(parse('?locality=')).toEqual({ state: { locality: null }, problems: [] });
	});

	it('reads a locality by its slug, as links write it', () => {
		expect(parse('?locality=mid-essex').state).toEqual({ locality: 'Mid Essex' });
		expect(parse('?locality=basildon-and-brentwood').state).toEqual({
			locality: 'Basildon and Brentwood'
		});
	});

	it('reads a locality by its name, as the filter form submits it without JavaScript', () => {
		expect(parse('?locality=Mid+Essex')).toEqual({
			state: { locality: 'Mid Essex' },
			problems: []
		});
		expect(parse('?locality=South%20East%20Essex').state).toEqual({
			locality: 'South East Essex'
		});
	});

	it('reports a value that is not a locality and shows the whole ICB', () => {
		expect(parse('?locality=colchester')).toEqual({
			state: { locality: null },
			problems: ['"colchester" is not a locality here, so all localities are shown.']
		});
	});
});

describe('overviewSearch', () => {
	it('writes the locality as its slug, and nothing for the whole ICB', () => {
		expect(overviewSearch({ locality: 'South East Essex' })).toBe('?locality=south-east-essex');
		expect(overviewSearch({ locality: null })).toBe('');
	});

	it('gives back the same state when parsed', () => {
		for (const locality of ['Thurrock', 'Mid Essex', null] as const) {
			expect(parse(overviewSearch({ locality })).state).toEqual({ locality });
		}
	});
});
