import { describe, expect, it } from 'vitest';
import { describeWeeksBand, shortWeeksBand } from './rttBands';

describe('weekly band words', () => {
	it('names closed and open bands', () => {
		expect(describeWeeksBand({ from: 17, to: 18 })).toBe('more than 17 and up to 18 weeks');
		expect(describeWeeksBand({ from: 104, to: null })).toBe('more than 104 weeks');
		expect(shortWeeksBand({ from: 0, to: 1 })).toBe('>0–1');
		expect(shortWeeksBand({ from: 104, to: null })).toBe('104+');
	});
});
