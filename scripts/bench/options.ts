/** Command-line options of `npm run bench` (tsx scripts/bench.ts). */

export interface BenchOptions {
	/** Run `npx vite build` before the browser step, so it never has to be skipped. */
	build: boolean;
}

export const BENCH_USAGE = `Usage: npm run bench -- [--build]
  --build   run \`npx vite build\` first (otherwise the browser step needs an existing build/)`;

export function parseBenchOptions(args: readonly string[]): BenchOptions {
	const options: BenchOptions = { build: false };
	for (const arg of args) {
		if (arg === '--build') options.build = true;
		else throw new Error(`Unknown option '${arg}'\n${BENCH_USAGE}`);
	}
	return options;
}
