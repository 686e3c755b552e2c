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
			{ month_end: '2025-10-31', reason: 'gynaecological', waiting: 6 },
			{ month_end: '2025-10-31', reason: 'contraceptive', waiting: 20 },
			{ month_end: '2026-10-31', reason: 'gynaecological', waiting: 12 },
			{ month_end: '2026-10-31', reason: 'contraceptive', waiting: 3 }
		];
		// 12 → 10 shown, but "up 100%" would give 6 back; 3 → "*", and "down 85%" would give it back.
		expect(summariseWaitingList(small, 'ASOP PCN')).toBe(
			'At the end of October 2026, women waiting for a LARC fit in ASOP PCN: ' +
				'10 for gynaecological reasons (the change on a year earlier is withheld: 1 to 7 women); ' +
				'* for contraceptive reasons (the change on a year earlier is withheld: 1 to 7 women).'
		);
	});

	it('says plainly when there is nothing to report', () => {
		expect(summariseWaitingList([], 'Thurrock')).toBe(
			'No LARC requests are recorded for Thurrock.'
		);
	});
});
