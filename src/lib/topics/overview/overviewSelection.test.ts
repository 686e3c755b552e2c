import { describe, expect, it } from 'vitest';
import { overviewSelectionStatus } from './overviewSelection';

describe('overviewSelectionStatus', () => {
	it('names the locality chosen, or the whole ICB', () => {
		expect(overviewSelectionStatus('Thurrock')).toBe(
			'Showing the headline measures and the LARC waiting list for Thurrock.'
		);
		expect(overviewSelectionStatus('Mid and South Essex')).toBe(
			'Showing the headline measures and the LARC waiting list for Mid and South Essex.'
		);
	});
});
