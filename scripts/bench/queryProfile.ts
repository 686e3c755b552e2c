/**
 * Which query of a page model costs what: a database wrapper that runs the model's statements one
 * at a time (the model starts them together, and queries sharing the CPUs would blur each other's
 * times) and times each under the name of the query function that issued it.
 */
import type { AnalyticsDatabase } from '$lib/data/database';

/**
 * The query function (`waitingListAtMonthEnd`, `larcFlows`…) that called `queryRows`: the frame
 * below it in the synchronous stack, which V8 keeps at the moment `db.rows` is called.
 */
function callerOfQueryRows(stack: string): string {
	const frames = stack.split('\n').map((line) => /at (?:async )?([\w$.]+) /.exec(line)?.[1]);
	const index = frames.findIndex((name) => name === 'queryRows');
	return (index >= 0 && frames[index + 1]) || 'other';
}

export interface QueryProfile {
	db: AnalyticsDatabase;
	/** Milliseconds per query function, summed over its statements, in the order first seen. */
	timings: Map<string, number>;
}

export function profileQueries(db: AnalyticsDatabase): QueryProfile {
	const timings = new Map<string, number>();
	let queue: Promise<unknown> = Promise.resolve();
	return {
		timings,
		db: {
			rows(sql, values) {
				const name = callerOfQueryRows(new Error().stack ?? '');
				const run = queue.then(async () => {
					const started = performance.now();
					try {
						return await db.rows(sql, values);
					} finally {
						timings.set(name, (timings.get(name) ?? 0) + performance.now() - started);
					}
				});
				queue = run.catch(() => undefined);
				return run;
			},
			close: () => db.close()
		}
	};
}
