/**
 * How a number is recorded in results.json: always with its unit, and for repeated timings the
 * median, min and max together with every sample, so a reader can judge the spread.
 */

export type Unit = 'ms' | 'bytes' | 'MB' | 'rows' | 'CLS score';

export interface Single {
	unit: Unit;
	value: number;
}

export interface Repeated {
	unit: Unit;
	runs: number;
	median: number;
	min: number;
	max: number;
	samples: number[];
}

/** Timings are kept to 0.1 ms: finer digits are noise at this scale. Scores keep more. */
function round(value: number, decimals = 1): number {
	const scale = 10 ** decimals;
	return Math.round(value * scale) / scale;
}

export function single(value: number, unit: Unit): Single {
	return { unit, value: round(value) };
}

export function repeated(samples: readonly number[], unit: Unit): Repeated {
	if (samples.length === 0) throw new Error('No samples to summarise');
	const decimals = unit === 'CLS score' ? 3 : 1;
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return {
		unit,
		runs: samples.length,
		median: round(median, decimals),
		min: round(sorted[0], decimals),
		max: round(sorted[sorted.length - 1], decimals),
		samples: samples.map((s) => round(s, decimals))
	};
}

/**
 * The p-th quantile (0–1) by linear interpolation between the nearest ranks (as numpy's default
 * does); with few samples a p95 lies close to the maximum, so the sample count matters.
 */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) throw new Error('No samples to summarise');
	const sorted = [...samples].sort((a, b) => a - b);
	const position = (sorted.length - 1) * p;
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	return round(sorted[below] + (sorted[above] - sorted[below]) * (position - below));
}

/**
 * A first run kept apart from the repeated ones: it pays one-off costs (WebAssembly tier-up,
 * DuckDB's first touch of a table) that a user meets once per page load.
 */
export interface WithFirstRun extends Repeated {
	firstRun: number;
}

export function withFirstRun(first: number, rest: readonly number[], unit: Unit): WithFirstRun {
	return { ...repeated(rest, unit), firstRun: round(first) };
}

/** Wall time of one awaited call, in milliseconds, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
	const started = performance.now();
	const result = await work();
	return { ms: performance.now() - started, result };
}

/** Runs `work` `runs` times in sequence and returns each run's wall time in milliseconds. */
export function timeRuns(runs: number, work: (run: number) => Promise<unknown>) {
	return collectRuns(runs, async (run) => (await timed(() => work(run))).ms);
}

/** Runs `measure` `runs` times in sequence; each run returns its own timing in milliseconds. */
export async function collectRuns(runs: number, measure: (run: number) => Promise<number>) {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) samples.push(await measure(run));
	return samples;
}
