import { describe, expect, it } from 'vitest';
import { TRAVEL_MODEL_DEFAULTS } from '$lib/facts';
import { accessSearch, parseAccessState } from './state';

const parse = (query: string) => parseAccessState(new URLSearchParams(query));

describe('parseAccessState', () => {
	it('gives the defaults for an empty URL: the baseline, 30 minutes, the model’s constants', () => {
		const { state, problems } = parse('');
		expect(problems).toEqual([]);
		expect(state).toEqual({
			service: 'larc_gynaecological',
			thresholdMinutes: 30,
			constants: TRAVEL_MODEL_DEFAULTS,
			spokes: undefined,
			suggestions: 5,
			weighting: 'women',
			area: undefined,
			sort: 'minutes',
			descending: true
		});
	});

	it('reads a scenario from repeated or comma-separated spokes, sorted and once each', () => {
		expect(parse('spoke=F81003&spoke=F81001,F81003').state.spokes).toEqual(['F81001', 'F81003']);
	});

	it('tells a scenario with no spokes from the baseline', () => {
		expect(parse('scenario=1').state.spokes).toEqual([]);
	});

	it('sets aside a scenario chosen for another service, and says so', () => {
		const { state, problems } = parse('service=ring_pessary&scenario=menopause&spoke=F81001');
		expect(state.spokes).toBeUndefined();
		expect(problems).toEqual([
			"The scenario's spokes were chosen for menopause care, so the illustrative spokes for ring pessary fitting and changes are shown."
		]);
		expect(parse('service=menopause&scenario=menopause&spoke=F81001').state.spokes).toEqual([
			'F81001'
		]);
	});

	it('reports values it cannot use and keeps the defaults', () => {
		const { state, problems } = parse('service=dentistry&threshold=500&circuity=0.5&spoke=x;1');
		expect(state.service).toBe('larc_gynaecological');
		expect(state.thresholdMinutes).toBe(30);
		expect(state.constants.circuity).toBe(TRAVEL_MODEL_DEFAULTS.circuity);
		expect(problems).toHaveLength(4);
		expect(problems.join(' ')).toMatch(/dentistry.*500.*0.5|x;1/);
	});
});

describe('accessSearch', () => {
	it('writes only what differs from the defaults, and reads back the same state', () => {
		const query =
			'service=menopause&threshold=15&circuity=1.4&scenario=menopause&spoke=F81001&weighting=deprivation&sort=name';
		const { state } = parse(query);
		expect(accessSearch(state)).toBe(`?${query}`);
		expect(parse(accessSearch(state).slice(1)).state).toEqual(state);
	});

	it('is empty for the defaults', () => {
		expect(accessSearch(parse('').state)).toBe('');
	});
});
