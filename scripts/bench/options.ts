/** Command-line options of `npm run bench` (tsx scripts/bench.ts). */

export const BENCH_STEPS = ['data-build', 'wasm', 'server', 'browser', 'access', 'upload'] as const;
export type BenchStep = (typeof BENCH_STEPS)[number];

export interface BenchOptions {
	/** Run `npx vite build` before the browser step, so it never has to be skipped. */
	build: boolean;
	/** Steps left out of this run: results.json then records them as skipped. */
	skip: BenchStep[];
}

export const BENCH_USAGE = `Usage: npm run bench -- [--build] [--skip <step>[,<step>…]]
  --build   run \`npx vite build\` first (otherwise the browser step needs an existing build/)
  --skip    leave steps out: ${BENCH_STEPS.join(', ')}`;

function isStep(name: string): name is BenchStep {
	return (BENCH_STEPS as readonly string[]).includes(name);
}

export function parseBenchOptions(args: readonly string[]): BenchOptions {
	const options: BenchOptions = { build: false, skip: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--build') options.build = true;
		else if (arg === '--skip' || arg.startsWith('--skip=')) {
			const list = arg === '--skip' ? (args[++i] ?? '') : arg.slice('--skip='.length);
			for (const name of list.split(',').filter(Boolean)) {
				if (!isStep(name)) throw new Error(`Unknown step '${name}'\n${BENCH_USAGE}`);
				options.skip.push(name);
			}
		} else throw new Error(`Unknown option '${arg}'\n${BENCH_USAGE}`);
	}
	return options;
}
