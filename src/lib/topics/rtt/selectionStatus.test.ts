import { describe, expect, it } from 'vitest';
import { rttSelectionStatus } from './selectionStatus';

describe('rttSelectionStatus', () => {
	it('names the month chosen', () => {
		expect(rttSelectionStatus('2025-10-01')).toBe(
			'Showing gynaecology referral to treatment waits for pathways completed in October 2025.'
		);
	});
});
