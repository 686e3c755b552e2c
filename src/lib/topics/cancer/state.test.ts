import { describe, expect, it } from 'vitest';
import { cancerSearch, parseCancerState } from './state';

describe('cancer URL state', () => {
	it('reads the choice, defaulting to suspected gynaecological cancer', () => {
		expect(parseCancerState(new URLSearchParams(''))).toEqual({
			state: { cancer: 'gynaecological' },
			problems: []
		});
		expect(parseCancerState(new URLSearchParams('cancer=all')).state).toEqual({ cancer: 'all' });
		expect(parseCancerState(new URLSearchParams('cancer=Gynaecological')).state).toEqual({
			cancer: 'gynaecological'
		});
	});

	it('reports an unknown value and falls back to the default', () => {
		expect(parseCancerState(new URLSearchParams('cancer=skin'))).toEqual({
			state: { cancer: 'gynaecological' },
			problems: ['"skin" is not a choice here, so suspected gynaecological cancer is shown.']
		});
	});

	it('writes the choice, the default included, and reads back what it wrote', () => {
		expect(cancerSearch({ cancer: 'all' })).toBe('?cancer=all');
		expect(cancerSearch({ cancer: 'gynaecological' })).toBe('?cancer=gynaecological');
		expect(cancerSearch({})).toBe('');
		for (const cancer of ['gynaecological', 'all'] as const) {
			expect(parseCancerState(new URLSearchParams(cancerSearch({ cancer }))).state.cancer).toBe(
				cancer
			);
		}
	});
});
