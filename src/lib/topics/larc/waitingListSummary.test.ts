import { describe, expect, it } from 'vitest';
import { summariseWaitingList, type WaitingListPoint } from './waitingListSummary';

const rows: WaitingListPoint[] = [
	{ month_end: '2025-10-31', reason: 'gynaecological', waiting: 200 },
	{ month_end: '2025-10-31', reason: 'contraceptive', waiting: 100 },
	{ month_end: '2026-10-31', reason: 'gynaecological', waiting: 150 },
	{ month_end: '2026-10-31', reason: 'gynaecological', waiting: 100 },
	{ month_end: '2026-10-31', reason: 'contraceptive', waiting: 90 }
];

describe('summariseWaitingList', () => {
	it('reports the latest month by reason, summing localities, against a year earlier', () => {
		expect(summariseWaitingList(rows, 'Mid and South Essex')).toBe(
			'At the end of October 2026, women waiting for a LARC fit in Mid and South Essex: ' +
				'250 for gynaecological reasons, up 25% on a year earlier; ' +
				'90 for contraceptive reasons, down 10% on a year earlier.'
		);
	});

	it('says plainly when there is nothing to report', () => {
		expect(summariseWaitingList([], 'Thurrock')).toBe(
			'No LARC requests are recorded for Thurrock.'
		);
	});
});
