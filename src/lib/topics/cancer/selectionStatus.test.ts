import { describe, expect, it } from 'vitest';
import { cancerSelectionStatus } from './selectionStatus';

describe('cancerSelectionStatus', () => {
	it('names the suspected cancer chosen', () => {
		expect(cancerSelectionStatus('gynaecological')).toBe(
			'Showing urgent suspected cancer referrals and waiting times for suspected gynaecological cancer.'
		);
		expect(cancerSelectionStatus('all')).toBe(
			'Showing urgent suspected cancer referrals and waiting times for all suspected cancers.'
		);
	});
});
