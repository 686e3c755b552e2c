import { describe, expect, it } from 'vitest';
import { downloadQuery, withExtension } from './downloadLinks';

describe('download links', () => {
	it('changes the extension of a CSV file name', () => {
		expect(withExtension('waits_thurrock_2026-10.csv', 'xlsx')).toBe('waits_thurrock_2026-10.xlsx');
	});

	it('names the page and keeps its own parameters', () => {
		expect(downloadQuery('/larc', '?reason=contraceptive&locality=thurrock')).toBe(
			'?page=%2Flarc&reason=contraceptive&locality=thurrock'
		);
		expect(downloadQuery('/', '')).toBe('?page=%2F');
	});
});
