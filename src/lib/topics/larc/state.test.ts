import { describe, expect, it } from 'vitest';
import { larcSearch, parseLarcState, type LarcPageState } from './state';

describe('parseLarcState', () => {
	it('reads every filter from the URL into typed values', () => {
		const { state, problems } = parseLarcState(
			new URLSearchParams(
				'locality=thurrock&pcn=U12345&age=45-54&reason=contraceptive&from=2025-01&to=2025-12&contraTarget=8&clearBy=2027-03-31&measure=rate&pessaryGrace=6&rebase=hub-opened-thurrock-2024-09-02'
			)
		);
		expect(problems).toEqual([]);
		expect(state).toEqual({
			locality: 'Thurrock',
			pcnCode: 'U12345',
			ageBand: '45-54',
			reason: 'contraceptive',
			fromMonth: '2025-01',
			toMonth: '2025-12',
			contraceptiveTargetWeeks: 8,
			clearBy: '2027-03-31',
			measure: 'rate',
			pessaryGraceWeeks: 6,
			rebase: 'hub-opened-thurrock-2024-09-02'
		});
	});

	it('uses defaults for what is missing', () => {
		expect(parseLarcState(new URLSearchParams('')).state).toEqual({
			reason: 'gynaecological',
			contraceptiveTargetWeeks: 6,
			measure: 'count',
			pessaryGraceWeeks: 4
		});
	});

	it('reports unusable values instead of guessing', () => {
		const { state, problems } = parseLarcState(
			new URLSearchParams(
				'reason=both&age=0-14&contraTarget=0&pcn=DROP TABLE&from=2025-13&rebase=Hub Opened'
			)
		);
		expect(state.reason).toBe('gynaecological');
		expect(state.ageBand).toBeUndefined();
		expect(state.pcnCode).toBeUndefined();
		expect(state.contraceptiveTargetWeeks).toBe(6);
		expect(state.rebase).toBeUndefined();
		expect(problems).toHaveLength(6);
		expect(problems[0]).toBe('"DROP TABLE" is not a valid pcn, so it is ignored.');
	});

	it('rejects a period that ends before it starts', () => {
		const { state, problems } = parseLarcState(new URLSearchParams('from=2026-01&to=2025-01'));
		expect(state.fromMonth).toBeUndefined();
		expect(problems).toEqual(['The period starts after it ends, so the whole extract is shown.']);
	});
});

describe('larcSearch', () => {
	it('writes a typed state that parseLarcState reads back unchanged', () => {
		const state: LarcPageState = {
			locality: 'South East Essex',
			pcnCode: 'U28765',
			ageBand: '25-34',
			reason: 'contraceptive',
			fromMonth: '2026-08',
			toMonth: '2026-10',
			contraceptiveTargetWeeks: 8,
			clearBy: '2027-04-30',
			measure: 'rate',
			pessaryGraceWeeks: 6,
			rebase: 'spoke-started-larc-u28765-2024-10-01'
		};
		const parsed = parseLarcState(new URLSearchParams(larcSearch(state)));
		expect(parsed).toEqual({ state, problems: [] });
	});

	it('states the period, reason and measure given, defaults included', () => {
		expect(
			larcSearch({
				reason: 'gynaecological',
				measure: 'count',
				fromMonth: '2026-08',
				toMonth: '2026-10'
			})
		).toBe('?reason=gynaecological&from=2026-08&to=2026-10&measure=count');
		expect(larcSearch({})).toBe('');
	});
});
