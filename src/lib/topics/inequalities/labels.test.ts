import { describe, expect, it } from 'vitest';
import { groupingInText, groupLabel, groupOrder } from './labels';

describe('group names and order', () => {
	it('puts the most deprived first and names both ends', () => {
		const deciles = ['10', '2', '1'].map((key) => ({ key, name: key }));
		expect(deciles.sort(groupOrder('imd-decile')).map((g) => g.key)).toEqual(['1', '2', '10']);
		expect(groupLabel('imd-decile', '10', '10')).toBe('10 (least deprived)');
		expect(groupLabel('imd-quintile', '1', '1')).toBe('1 (most deprived)');
	});

	it('orders rural-urban classes urban first, then larger and nearer settlements', () => {
		const classes = ['RSF1', 'RLN1', 'UN1', 'RLF1', 'RSN1'].map((key) => ({ key, name: key }));
		expect(classes.sort(groupOrder('rural-urban')).map((g) => g.key)).toEqual([
			'UN1',
			'RLN1',
			'RLF1',
			'RSN1',
			'RSF1'
		]);
		expect(
			groupLabel('rural-urban', 'RSF1', 'Smaller rural: Further from a major town or city')
		).toBe('Smaller rural, further');
	});

	it('orders PCNs by name', () => {
		const pcns = [
			{ key: 'U2', name: 'Thurrock North' },
			{ key: 'U1', name: 'Basildon Central' }
		];
		expect(pcns.sort(groupOrder('pcn')).map((g) => g.key)).toEqual(['U1', 'U2']);
	});

	it('names a grouping inside a sentence without a capital, except IMD', () => {
		expect(groupingInText('rural-urban')).toBe('rural-urban classification 2021');
		expect(groupingInText('imd-decile')).toBe('IMD 2025 national decile');
	});
});
