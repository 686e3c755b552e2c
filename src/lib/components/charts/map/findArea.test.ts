import { describe, expect, it } from 'vitest';
import { findArea } from './findArea';

const areas = [
	{ id: 'E01021237', name: 'Basildon 001A', band: 0, detail: '' },
	{ id: 'E01021238', name: 'Basildon 001B', band: 0, detail: '' },
	{ id: 'E01015814', name: 'Southend-on-Sea 003A', band: 0, detail: '' }
];

describe('findArea', () => {
	it('finds an area by its code or its exact name, whatever the case', () => {
		expect(findArea(areas, 'e01015814')?.name).toBe('Southend-on-Sea 003A');
		expect(findArea(areas, ' basildon 001b ')?.id).toBe('E01021238');
	});

	it('takes the first name that starts with the text', () => {
		expect(findArea(areas, 'Basildon')?.id).toBe('E01021237');
	});

	it('finds nothing for blank or unknown text', () => {
		expect(findArea(areas, '  ')).toBeUndefined();
		expect(findArea(areas, 'Colchester')).toBeUndefined();
	});
});
