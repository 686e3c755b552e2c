/** The short human summary printed after a run; results.json holds every sample. */
import type { Repeated, Single, WithFirstRun } from './measurement';
import type { BenchResults } from './results';

const whole = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (m: Repeated) =>
	`${whole(m.median)} ms median (min ${whole(m.min)}, max ${whole(m.max)}, n=${m.runs})`;
const firstThen = (m: WithFirstRun, repeats: string) =>
	`${whole(m.firstRun)} ms first; ${repeats} ${ms(m)}`;
const kb = (s: Single) => `${(s.value / 1024).toFixed(1)} kB`;
const mb = (s: Single) => `${(s.value / 1024 / 1024).toFixed(1)} MB`;
const line = (label: string, value: string) => `  ${label.padEnd(34)} ${value}`;

function browserLines(browser: BenchResults['browser']): string[] {
	if (browser.status === 'skipped') return [`Browser: skipped (${browser.reason})`];
	const larc = browser.larcPageFilterToRedraw;
	const filter = browser.homeFilterToRedraw;
	return [
		`Browser: headless Chromium, ${browser.url}, ${whole(browser.servedLarcRows)} LARC rows served (times include Playwright overhead)`,
		...(browser.appBuild ? [line('vite build', `${whole(browser.appBuild.value)} ms`)] : []),
		line('navigation → chart, cold', ms(browser.navigationToChartCold)),
		line('navigation → chart, warm', ms(browser.navigationToChartWarm)),
		line(`filter ${filter.from} → ${filter.to} → redraw`, ms(filter)),
		line(
			'/larc filter → redraw',
			larc.status === 'measured' ? ms(larc.filterToRedraw) : `skipped: ${larc.reason}`
		),
		...(browser.foreignRequests.length > 0
			? [`  WARNING: ${browser.foreignRequests.length} requests left the dashboard's origin`]
			: [])
	];
}

export function formatBenchSummary(results: BenchResults, file: string): string {
	const { machine, dataBuild, largeLarcExtract: large } = results;
	const wasm = large.duckdbWasmNode;
	const memory = wasm.memory;
	return [
		`Benchmark: ${machine.cpus.count} × ${machine.cpus.model}, Node ${machine.node}, load ${machine.loadAverage[0]}, ${machine.date}`,
		`Data build, default size: ${ms(dataBuild.wallTime)}; Parquet ${kb(dataBuild.totalSize)} in all`,
		...dataBuild.files.map((f) =>
			line(f.file, `${whole(f.rows).padStart(9)} rows ${kb(f.size).padStart(10)}`)
		),
		`Large LARC extract (--rows ${whole(large.targetRows)}): ${whole(large.larcRequests.rows)} rows, ${mb(large.larcRequests.size)}, built in ${whole(large.generation.value)} ms`,
		line('parquet-wasm decode', firstThen(wasm.decode, 'reloads')),
		line('DuckDB-WASM insert', firstThen(wasm.insert, 'reloads')),
		line('waitingListAtMonthEnd, all', firstThen(wasm.waitingListAllLocalities, 'then')),
		line(
			`waitingListAtMonthEnd, ${wasm.waitingListOneLocality.locality}`,
			firstThen(wasm.waitingListOneLocality, 'then')
		),
		line(
			'RSS',
			`peak ${whole(memory.peakRss.value)} MB (before load ${whole(memory.rssBeforeLoad.value)} MB, after queries ${whole(memory.rssAfterQueries.value)} MB)`
		),
		...browserLines(results.browser),
		`Wrote ${file} (${(results.benchmarkWallTime.value / 1000).toFixed(0)} s in all)`,
		''
	].join('\n');
}
