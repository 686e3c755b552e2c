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

	it('withholds the change on a year earlier when either count is 1–7', () => {
		const small: WaitingListPoint[] = [
			{ month_end: '2025-10-31', reason: 'gynaecological', waiting: 5 },
			{ month_end: '2025-10-31', reason: 'contraceptive', waiting: 40 },
			{ month_end: '2026-10-31', reason: 'gynaecological', waiting: 30 },
			{ month_end: '2026-10-31', reason: 'contraceptive', waiting: 7 }
		];
		// 30 on 5 would be "up 500%", giving the withheld 5 away; 7 is itself withheld.
		expect(summariseWaitingList(small, 'Thurrock')).toBe(
			'At the end of October 2026, women waiting for a LARC fit in Thurrock: ' +
				'30 for gynaecological reasons, change on a year earlier withheld (a count of 1–7); ' +
				'* for contraceptive reasons, change on a year earlier withheld (a count of 1–7).'
		);
	});

	it('says plainly when there is nothing to report', () => {
		expect(summariseWaitingList([], 'Thurrock')).toBe(
			'No LARC requests are recorded for Thurrock.'
		);
	});
});
