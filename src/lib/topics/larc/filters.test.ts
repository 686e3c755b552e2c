import { describe, expect, it } from 'vitest';
import type { PcnOption } from '$lib/queries/pcnList';
import { larcFiltersModel } from './filters';
import { parseLarcState } from './state';

const PCNS: PcnOption[] = [
	{ pcn_code: 'U28765', pcn_name: 'ASOP PCN', locality: 'Thurrock' },
	{ pcn_code: 'U12345', pcn_name: 'Chelmsford PCN', locality: 'Mid Essex' }
];
const MONTHS = ['2026-09-30', '2026-10-31'];

const filters = (search: string, clearBy = '2027-05-01') =>
	larcFiltersModel({
		state: parseLarcState(new URLSearchParams(search)).state,
		pcns: PCNS,
		months: MONTHS,
		clearBy
	});

describe('larcFiltersModel', () => {
	it('names every control after its URL parameter and shows the state chosen', () => {
		const f = filters(
			'locality=thurrock&pcn=U28765&age=25-34&reason=contraceptive&from=2026-09&measure=rate&contraTarget=8'
		);
		expect(
			[f.locality, f.pcn, f.age, f.reason, f.from, f.to, f.measure].map((c) => [c.name, c.value])
		).toEqual([
			['locality', 'thurrock'],
			['pcn', 'U28765'],
			['age', '25-34'],
			['reason', 'contraceptive'],
			['from', '2026-09'],
			['to', ''],
			['measure', 'rate']
		]);
		expect(f.contraTarget).toEqual({ name: 'contraTarget', value: 8 });
		expect(f.clearBy).toEqual({ name: 'clearBy', value: '2027-05-01' });
		// Only the chosen locality's PCNs are offered.
		expect(f.pcn.options).toEqual([
			{ value: '', label: 'All PCNs' },
			{ value: 'U28765', label: 'ASOP PCN' }
		]);
		expect(f.from.options).toEqual([
			{ value: '', label: 'Start of extract' },
			{ value: '2026-09', label: 'Sep 2026' },
			{ value: '2026-10', label: 'Oct 2026' }
		]);
		expect(f.measure.options[1].label).toBe('Per 1,000 women aged 25–34');
	});

	it('shows the defaults, and carries a grace period that has no control', () => {
		const f = filters('');
		expect([f.locality.value, f.pcn.value, f.age.value, f.reason.value, f.measure.value]).toEqual([
			'',
			'',
			'',
			'gynaecological',
			'count'
		]);
		expect(f.pcn.options).toHaveLength(3);
		expect(f.hidden).toEqual([]);
		expect(filters('pessaryGrace=6').hidden).toEqual([{ name: 'pessaryGrace', value: '6' }]);
	});
});
