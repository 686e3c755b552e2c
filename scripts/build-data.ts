/**
 * The offline data build (`npm run data`): reads data/reference/, writes static/data/*.parquet and
 * static/data/manifest.json. Each step lives in scripts/data/; this file only orders them.
 * Options: --seed N, --rows N, --end-month YYYY-MM, --out DIR (scripts/data/options.ts).
 */
import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { buildAccessData } from './data/access/build';
import { larcCalibration, larcWaitingOn } from './data/calibration';
import { buildCancerWaitingTimes } from './data/cancerWaitingTimes';
import { describeDatasets } from './data/catalogue';
import { openDuckDb } from './data/duckdb';
import { buildGeography } from './data/geography';
import { writeDataset, writeManifest } from './data/manifest';
import { parseBuildOptions } from './data/options';
import { buildPopulation } from './data/population';
import { buildPractices } from './data/practices';
import { REPO_ROOT } from './data/reference';
import { buildRttCompleted } from './data/rtt';
import { formatSummary } from './data/summary';
import { buildSyntheticTables } from './data/synthetic/build';
import { formatMonth, monthEndDay } from './data/synthetic/calendar';
import { WINDOW_MONTHS } from './data/synthetic/demand';
import { buildUscReferrals } from './data/synthetic/uscBuild';

async function main(): Promise<void> {
	const started = performance.now();
	const options = parseBuildOptions(process.argv.slice(2), new Date());
	mkdirSync(options.outDir, { recursive: true });
	const connection = await openDuckDb();

	await buildGeography(connection);
	await buildPopulation(connection);
	await buildPractices(connection);
	await buildSyntheticTables(connection, options);
	const rtt = await buildRttCompleted(connection);
	const cwtVintage = await buildCancerWaitingTimes(connection);
	// Calibrated to the published cancer waiting times, so it is built after them.
	await buildUscReferrals(connection, options);
	// Sites are seeded from the hubs, so the access data follows the synthetic tables.
	const circuity = await buildAccessData(connection);

	const datasets = describeDatasets({
		windowStart: options.endMonth - WINDOW_MONTHS + 1,
		endMonth: options.endMonth,
		rttVintage: rtt.vintage,
		cwtVintage
	});
	const entries = [];
	for (const dataset of datasets)
		entries.push(await writeDataset(connection, options.outDir, dataset));
	writeManifest(
		options.outDir,
		{ generatedAt: new Date().toISOString(), seed: options.seed, datasets: entries },
		{ endMonth: formatMonth(options.endMonth), larcTargetRows: options.rows ?? null }
	);

	const table = (dataset: string) => dataset;
	process.stdout.write(
		formatSummary({
			outDir: relative(REPO_ROOT, options.outDir) || '.',
			seed: options.seed,
			endMonth: formatMonth(options.endMonth),
			datasets: entries,
			calibration: await larcCalibration(connection, table, options.endMonth),
			waitingAtEnd: await larcWaitingOn(connection, table, monthEndDay(options.endMonth)),
			notes: [...rtt.notes, circuity],
			seconds: (performance.now() - started) / 1000
		})
	);
	connection.closeSync();
}

main().catch((error: unknown) => {
	process.stderr.write(
		`Data build failed: ${error instanceof Error ? error.message : String(error)}\n`
	);
	process.exit(1);
});
