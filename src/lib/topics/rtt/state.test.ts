import { describe, expect, it } from 'vitest';
import { parseRttState, rttSearch } from './state';

describe('RTT URL state', () => {
	it('reads the month, from YYYY-MM or the first day the month select submits', () => {
		expect(parseRttState(new URLSearchParams('month=2025-09'))).toEqual({
			state: { month: '2025-09' },
			problems: []
		});
		expect(parseRttState(new URLSearchParams('month=2025-09-01')).state).toEqual({
			month: '2025-09'
		});
		expect(parseRttState(new URLSearchParams(''))).toEqual({ state: {}, problems: [] });
	});

	it('reports a value that is not a month, and shows the latest', () => {
		expect(parseRttState(new URLSearchParams('month=October'))).toEqual({
			state: {},
			problems: ['"October" is not a month (YYYY-MM), so the latest month is shown.']
		});
	});

	it('writes the month as YYYY-MM, and reads back what it wrote', () => {
		expect(rttSearch({ month: '2025-10-01' })).toBe('?month=2025-10');
		expect(rttSearch({ month: '2025-10' })).toBe('?month=2025-10');
		expect(rttSearch({})).toBe('');
		expect(parseRttState(new URLSearchParams(rttSearch({ month: '2025-10-01' }))).state).toEqual({
			month: '2025-10'
		});
	});
});
