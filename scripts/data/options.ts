/** Command-line options of `npm run data` (tsx scripts/build-data.ts). */
import { isAbsolute, resolve } from 'node:path';
import { formatMonth, parseMonth, previousMonth } from './synthetic/calendar';
import { REPO_ROOT } from './reference';

export const DEFAULT_SEED = 20240701;

export interface BuildOptions {
	seed: number;
	/** Target total LARC rows; undefined = the calibrated volume. */
	rows: number | undefined;
	/** Month index of the last complete month. */
	endMonth: number;
	outDir: string;
}

export const USAGE = `Usage: npm run data -- [--seed N] [--rows N] [--end-month YYYY-MM] [--out DIR]
  --seed N            seed of the synthetic data (default ${DEFAULT_SEED})
  --rows N            target total LARC rows, e.g. 1000000 for benchmarks (default: calibrated)
  --end-month YYYY-MM last complete month of the synthetic data (default: the month before today)
  --out DIR           output directory (default static/data)`;

function wholeNumber(flag: string, text: string, minimum: number): number {
	if (!/^\d+$/.test(text) || Number(text) < minimum || !Number.isSafeInteger(Number(text))) {
		throw new Error(`${flag} needs a whole number of at least ${minimum}`);
	}
	return Number(text);
}

export function parseBuildOptions(args: string[], today: Date): BuildOptions {
	const options: BuildOptions = {
		seed: DEFAULT_SEED,
		rows: undefined,
		endMonth: previousMonth(today),
		outDir: resolve(REPO_ROOT, 'static', 'data')
	};
	const values = args.flatMap((arg) =>
		arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]
	);
	for (let i = 0; i < values.length; i += 2) {
		const [flag, value] = [values[i], values[i + 1]];
		if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
		if (flag === '--seed') options.seed = wholeNumber(flag, value, 0);
		else if (flag === '--rows') options.rows = wholeNumber(flag, value, 1);
		else if (flag === '--end-month') options.endMonth = parseMonth(value);
		else if (flag === '--out')
			options.outDir = isAbsolute(value) ? value : resolve(process.cwd(), value);
		else throw new Error(`Unknown option '${flag}'\n${USAGE}`);
	}
	if (options.endMonth > previousMonth(today)) {
		throw new Error(`--end-month ${formatMonth(options.endMonth)} is not a complete month yet`);
	}
	return options;
}
