import { describe, expect, it } from 'vitest';
import { filterSearch } from './filterSearch';

describe('filterSearch', () => {
	it('keeps filled fields in order and leaves out empty ones', () => {
		expect(
			filterSearch([
				['locality', 'thurrock'],
				['pcn', ''],
				['reason', 'contraceptive']
			])
		).toBe('?locality=thurrock&reason=contraceptive');
	});

	it('is empty when every field is, so the page opens on its defaults', () => {
		expect(filterSearch([['locality', '']])).toBe('');
	});

	it('encodes values as a form would', () => {
		expect(filterSearch([['locality', 'Mid Essex']])).toBe('?locality=Mid+Essex');
	});
});
