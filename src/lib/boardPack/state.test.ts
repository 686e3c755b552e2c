import { describe, expect, it } from 'vitest';
import { boardPackSearch, parseBoardPackState } from './state';

const parse = (search: string) => parseBoardPackState(new URLSearchParams(search));

describe('parseBoardPackState', () => {
	it('is the board month for the whole ICB when nothing is given', () => {
		expect(parse('')).toEqual({ state: { locality: null }, problems: [] });
	});

	it('reads the month and the locality by slug, or by name as the form submits it', () => {
		expect(parse('?month=2026-09&locality=thurrock').state).toEqual({
			month: '2026-09',
			locality: 'Thurrock'
		});
		expect(parse('?month=2026-09-01&locality=Mid+Essex').state).toEqual({
			month: '2026-09',
			locality: 'Mid Essex'
		});
	});

	it('reports a month or locality it cannot use', () => {
		const { state, problems } = parse('?month=September&locality=colchester');
		expect(state).toEqual({ locality: null });
		expect(problems).toEqual([
			'"September" is not a month (YYYY-MM), so the board month is shown.',
			'"colchester" is not a locality here, so the whole ICB is shown.'
		]);
	});
});

describe('boardPackSearch', () => {
	it('writes the month and the locality slug, and nothing for the defaults', () => {
		expect(boardPackSearch({ locality: null })).toBe('');
		expect(boardPackSearch({ month: '2026-09', locality: 'South East Essex' })).toBe(
			'?month=2026-09&locality=south-east-essex'
		);
	});
});
