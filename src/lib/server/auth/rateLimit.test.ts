import { describe, expect, it } from 'vitest';
import { SignInLimiter } from './rateLimit';

describe('SignInLimiter', () => {
	it('refuses after the fifth failure for 15 minutes from the first, then allows again', () => {
		let now = 0;
		const limiter = new SignInLimiter(5, () => now);
		for (let i = 0; i < 4; i++) limiter.fail(['a']);
		expect(limiter.minutesToWait(['a'])).toBe(0);
		now = 60_000;
		limiter.fail(['a']);
		expect(limiter.minutesToWait(['a'])).toBe(14);
		expect(limiter.minutesToWait(['b'])).toBe(0);
		now = 14 * 60_000 + 1;
		expect(limiter.minutesToWait(['a'])).toBe(1);
		now = 15 * 60_000 + 1;
		expect(limiter.minutesToWait(['a'])).toBe(0);
	});

	it('forgets failures after a success', () => {
		const limiter = new SignInLimiter(2, () => 0);
		limiter.fail(['a']);
		limiter.fail(['a']);
		limiter.succeed(['a']);
		expect(limiter.minutesToWait(['a'])).toBe(0);
	});
});
