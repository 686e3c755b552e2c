import { describe, expect, it } from 'vitest';
import { ONE_DECIMAL } from '$lib/format/numbers';
import { catchmentMapCardModel, type MapMeasure } from './catchmentMapCard';
import type { GroupEstimate } from './measureEstimates';

const measure: MapMeasure = {
	kind: 'synthetic',
	name: 'Median wait to a gynaecological LARC fit',
	unit: 'weeks',
	plain: ONE_DECIMAL.text,
	when: 'in the 12 months to October 2026',
	period: { from: '2025-11-01', to: '2026-10-31' },
	source: 'test',
	fileStem: 'larc-gynaecological-median-wait'
};

const pcn = (key: string, value: number, fits: number): GroupEstimate => ({
	key,
	name: `PCN ${key}`,
	numerator: fits,
	denominator: null,
	counts: [fits],
	value,
	lower: value - 1,
	upper: value + 1
});

// Five PCNs, one LSOA each except A (two); E has 5 fits, so its median is withheld.
const pcns = [pcn('A', 4, 50), pcn('B', 6, 50), pcn('C', 8, 50), pcn('D', 10, 50), pcn('E', 2, 5)];
const catchments = ['A', 'A', 'B', 'C', 'D', 'E'].map((code, i) => ({
	lsoa21_code: `L${i + 1}`,
	lsoa21_name: `LSOA ${i + 1}`,
	pcn_code: code,
	pcn_name: `PCN ${code}`,
	locality: 'Thurrock'
}));

describe('catchmentMapCardModel', () => {
	const card = catchmentMapCardModel({ measure, pcns, catchments });

	it('puts the PCNs with a figure in classes of equal numbers, named by their values in words', () => {
		expect(card.bands.map((b) => [b.label, b.count])).toEqual([
			['4.0 to 4.0 weeks', 2],
			['6.0 to 6.0 weeks', 1],
			['8.0 to 8.0 weeks', 1],
			['10.0 to 10.0 weeks', 1],
			['No figure: * withheld (a count of 1 to 7) or none', 1]
		]);
	});

	it('withholds a PCN with a count of 1–7 on the map, in the table and in the download', () => {
		const e = card.rows.find((r) => r.key === 'E');
		expect(e).toMatchObject({ value: '*', interval: '*', lsoas: 1 });
		expect(card.areas.find((a) => a.id === 'L6')?.band).toBe(4);
		expect(card.summary).toContain('ranged from 4.0 weeks (PCN A) to 10.0 weeks (PCN D)');
		expect(card.summary).toContain('1 of 5 PCNs have no figure shown');
		const row = card.downloads[0].rows.find((r) => r.includes('E'));
		expect(row?.filter((c) => c === '*')).toHaveLength(3);
	});
});
