import { describe, expect, it } from 'vitest';
import { summariseWaits } from './waitsSummary';
import type { WaitsRow } from '$lib/queries/larcWaits';

const row = (
	reason: 'gynaecological' | 'contraceptive',
	patients: number,
	within: number
): WaitsRow => ({
	locality: 'Thurrock',
	reason,
	status: 'waiting',
	patients,
	// The area's own row: the total of the grouping sets, labelled with the area.
	is_total: true,
	median_weeks: 10.04,
	p92_weeks: 30.96,
	mean_weeks: 12,
	within_target: within
});

describe('summariseWaits', () => {
	it('reports each reason on its own, with median, 92nd percentile and share within target', () => {
		expect(
			summariseWaits([row('gynaecological', 200, 150), row('contraceptive', 0, 0)], 'Thurrock', {
				gynaecological: 18,
				contraceptive: 6
			})
		).toBe(
			'In Thurrock, women waiting for gynaecological reasons had waited a median 10.0 weeks ' +
				'(92nd percentile 31.0 weeks), 75.0% within 18 weeks; nobody was waiting for contraceptive reasons.'
		);
	});
});
