import { describe, expect, it } from 'vitest';
import { inequalitiesPath, parseInequalitiesState } from './state';

const parse = (search: string) => parseInequalitiesState(new URLSearchParams(search));

describe('the /inequalities state', () => {
	it('defaults to the gynaecological waiting list by IMD quintile', () => {
		expect(parse('')).toEqual({
			state: {
				measure: 'waiting',
				reason: 'gynaecological',
				grouping: 'imd-quintile',
				locality: null
			},
			problems: []
		});
	});

	it('reads the measure, reason and grouping', () => {
		expect(parse('measure=requests&reason=contraceptive&group=rural-urban').state).toEqual({
			measure: 'requests',
			reason: 'contraceptive',
			grouping: 'rural-urban',
			locality: null
		});
	});

	it('reports a value it cannot use and keeps the default', () => {
		const { state, problems } = parse('group=ward');
		expect(state.grouping).toBe('imd-quintile');
		expect(problems).toEqual(['"ward" is not a valid group, so it is ignored.']);
	});

	it('reads the other measures, and shows USC referrals by locality only', () => {
		expect(parse('measure=median-wait&group=imd-decile').state.measure).toBe('median-wait');
		expect(parse('measure=usc-referrals').state.grouping).toBe('locality');
		const { state, problems } = parse('measure=usc-referrals&group=imd-quintile');
		expect(state.grouping).toBe('locality');
		expect(problems).toEqual([
			'USC referrals are recorded by practice, not by where women live, so they are shown by locality.'
		]);
	});

	it('reads the locality whose PCNs are shown, and reports one it does not know', () => {
		expect(parse('group=pcn&locality=thurrock').state.locality).toBe('Thurrock');
		const { state, problems } = parse('locality=essex');
		expect(state.locality).toBeNull();
		expect(problems).toEqual(['"essex" is not a valid locality, so it is ignored.']);
	});

	it('writes the state back as the same parameters', () => {
		const state = {
			measure: 'requests',
			reason: 'contraceptive',
			grouping: 'pcn',
			locality: 'Mid Essex'
		} as const;
		expect(inequalitiesPath(state)).toBe(
			'/inequalities?measure=requests&reason=contraceptive&group=pcn&locality=mid-essex'
		);
		expect(parse(inequalitiesPath(state).split('?')[1]).state).toEqual(state);
	});
});
