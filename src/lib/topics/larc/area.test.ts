import { describe, expect, it } from 'vitest';
import type { PcnOption } from '$lib/queries/pcnList';
import type { LarcPageState } from './state';
import { selectedArea } from './area';

const PCNS: PcnOption[] = [
	{ pcn_code: 'U28765', pcn_name: 'ASOP PCN', locality: 'Thurrock' },
	{ pcn_code: 'U12345', pcn_name: 'Chelmsford PCN', locality: 'Mid Essex' }
];
const base: LarcPageState = {
	reason: 'gynaecological',
	pessaryGraceWeeks: 4,
	contraceptiveTargetWeeks: 6,
	measure: 'count'
};

describe('selectedArea', () => {
	it("names a chosen PCN by its own name, not its locality's", () => {
		const chosen = selectedArea({ ...base, locality: 'Thurrock', pcnCode: 'U28765' }, PCNS);
		expect(chosen.areaLabel).toBe('ASOP PCN');
		expect(chosen.state.pcnCode).toBe('U28765');
	});

	it('names the locality when only a locality is chosen, and the ICB otherwise', () => {
		expect(selectedArea({ ...base, locality: 'Mid Essex' }, PCNS).areaLabel).toBe('Mid Essex');
		expect(selectedArea(base, PCNS).areaLabel).toBe('Mid and South Essex');
	});

	it('drops a PCN code that is not in the list instead of filtering on it', () => {
		const unknown = selectedArea({ ...base, locality: 'Thurrock', pcnCode: 'U99999' }, PCNS);
		expect(unknown.areaLabel).toBe('Thurrock');
		expect(unknown.state.pcnCode).toBeUndefined();
	});

	it('drops a PCN outside the locality chosen: the locality wins', () => {
		const elsewhere = selectedArea({ ...base, locality: 'Mid Essex', pcnCode: 'U28765' }, PCNS);
		expect(elsewhere.areaLabel).toBe('Mid Essex');
		expect(elsewhere.state.pcnCode).toBeUndefined();
	});
});
