/** `npm run data` end to end (into temporary directories), its options and its randomness. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, parseBuildOptions } from '../../scripts/data/options';
import { REPO_ROOT } from '../../scripts/data/reference';
import { formatMonth } from '../../scripts/data/synthetic/calendar';
import { AliasTable, createRng } from '../../scripts/data/synthetic/random';
import { readBuiltManifest } from '../support/builtData';

function build(...args: string[]): Record<string, string> {
	const out = mkdtempSync(join(tmpdir(), 'mse-data-'));
	execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/build-data.ts', '--out', out, ...args],
		{
			cwd: REPO_ROOT,
			stdio: 'pipe'
		}
	);
	const manifest = readBuiltManifest(out);
	rmSync(out, { recursive: true });
	expect(manifest.endMonth).toBe(args[args.indexOf('--end-month') + 1]);
	return Object.fromEntries(manifest.datasets.map((entry) => [entry.name, entry.sha256]));
}

describe('the build', () => {
	it('writes byte-identical files for the same seed and end month, and new synthetic data for a new seed', () => {
		const first = build('--seed', '11', '--end-month', '2025-06');
		const second = build('--seed', '11', '--end-month', '2025-06');
		const reseeded = build('--seed', '12', '--end-month', '2025-06');
		expect(second).toEqual(first);
		for (const name of ['hubs', 'larc_requests', 'pessary_activity'])
			expect(reseeded[name]).not.toBe(first[name]);
		for (const name of [
			'geography_lsoa',
			'population_female_lsoa',
			'practices',
			'pcns',
			'rtt_completed',
			'cancer_waiting_times'
		]) {
			expect(reseeded[name]).toBe(first[name]);
		}
		// Three whole builds (about 10 s each on an idle machine, with the travel data), on shared cores.
	}, 180_000);
});

describe('build options', () => {
	const today = new Date('2026-03-15T12:00:00Z');

	it('defaults to the seed 20240701, the calibrated volume, last month and static/data', () => {
		const options = parseBuildOptions([], today);
		expect(options.seed).toBe(DEFAULT_SEED);
		expect(options.rows).toBeUndefined();
		expect(formatMonth(options.endMonth)).toBe('2026-02');
		expect(options.outDir).toBe(join(REPO_ROOT, 'static', 'data'));
	});

	it('reads --seed, --rows, --end-month and --out, with or without "="', () => {
		const options = parseBuildOptions(
			['--seed=5', '--rows', '1000000', '--end-month', '2025-01', '--out=/tmp/x'],
			today
		);
		expect(options).toEqual({ seed: 5, rows: 1_000_000, endMonth: 2025 * 12, outDir: '/tmp/x' });
	});

	it('refuses unknown options, bad numbers and months that are not complete yet', () => {
		expect(() => parseBuildOptions(['--row', '5'], today)).toThrow(/Unknown option/);
		expect(() => parseBuildOptions(['--rows', '0'], today)).toThrow();
		expect(() => parseBuildOptions(['--end-month', '2026-13'], today)).toThrow();
		expect(() => parseBuildOptions(['--end-month', '2026-03'], today)).toThrow(
			/not a complete month/
		);
	});
});

describe('seeded randomness', () => {
	it('repeats a stream for the same seed and name, and differs across names', () => {
		const draws = (seed: number, name: string) =>
			Array.from({ length: 5 }, createRng(seed, name).uniform);
		expect(draws(1, 'a')).toEqual(draws(1, 'a'));
		expect(draws(1, 'a')).not.toEqual(draws(1, 'b'));
		expect(draws(1, 'a')).not.toEqual(draws(2, 'a'));
	});

	it('draws from an alias table in proportion to the weights', () => {
		const rng = createRng(3, 'alias');
		const table = new AliasTable([1, 0, 3, 6]);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 100_000; i++) counts[table.sample(rng)]++;
		expect(counts[1]).toBe(0);
		expect(counts[0] / 100_000).toBeCloseTo(0.1, 1);
		expect(counts[2] / 100_000).toBeCloseTo(0.3, 1);
		expect(counts[3] / 100_000).toBeCloseTo(0.6, 1);
	});
});
