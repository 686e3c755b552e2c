/**
 * Failed sign-in attempts allowed in WINDOW_MS, then refused until the window has passed (OWASP
 * authentication cheat sheet: throttle by account and by source). One limiter per kind of key:
 * 5 per email address, and more per client address, as a whole NHS site may share one address.
 * Kept in memory: a restart forgets it.
 */
export const FAILURES_PER_EMAIL = 5;
export const FAILURES_PER_ADDRESS = 30;
const WINDOW_MS = 15 * 60_000;

export class SignInLimiter {
	private failures = new Map<string, number[]>();

	constructor(
		private readonly maxFailures: number,
		private readonly now: () => number = Date.now
	) {}

	private recent(key: string): number[] {
		const since = this.now() - WINDOW_MS;
		const times = (this.failures.get(key) ?? []).filter((t) => t > since);
		if (times.length) this.failures.set(key, times);
		else this.failures.delete(key);
		return times;
	}

	/** Minutes until another attempt is allowed for any of the keys, or 0 if it is allowed now. */
	minutesToWait(keys: readonly string[]): number {
		const waits = keys.map((key) => {
			const times = this.recent(key);
			return times.length < this.maxFailures ? 0 : times[0] + WINDOW_MS - this.now();
		});
		return Math.ceil(Math.max(...waits) / 60_000);
	}

	fail(keys: readonly string[]): void {
		for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
	}

	succeed(keys: readonly string[]): void {
		for (const key of keys) this.failures.delete(key);
	}
}
