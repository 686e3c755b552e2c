/** The short human summary printed after a run; results.json holds every sample. */
import type { Repeated, Single } from './measurement';
import type { BenchResults } from './results';

const ms = (m: Repeated) =>
	`${Math.round(m.median)} ms (min ${Math.round(m.min)}, max ${Math.round(m.max)}, n=${m.runs})`;
const kb = (s: Single) => `${(s.value / 1024).toFixed(1)} kB`;
const mb = (s: Single) => `${(s.value / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en-GB');

function browserLines(browser: BenchResults['browser']): string[] {
	if (browser.status === 'skipped') return [`Browser: skipped (${browser.reason})`];
	const larc = browser.larcPageFilterToRedraw;
	return [
		`Browser (headless Chromium, ${browser.url}, ${count(browser.servedLarcRows)} LARC rows served; includes Playwright overhead):`,
		...(browser.appBuild
			? [`  vite build                     ${Math.round(browser.appBuild.value)} ms`]
			: []),
		`  navigation → chart, cold       ${ms(browser.navigationToChartCold)}`,
		`  navigation → chart, warm       ${ms(browser.navigationToChartWarm)}`,
		`  ${browser.homeFilterToRedraw.from} → ${browser.homeFilterToRedraw.to} redraw  ${ms(browser.homeFilterToRedraw)}`,
		larc.status === 'measured'
			? `  /larc filter → redraw          ${ms(larc.filterToRedraw)}`
			: `  /larc filter → redraw          skipped: ${larc.reason}`,
		...(browser.foreignRequests.length > 0
			? [`  WARNING: ${browser.foreignRequests.length} off-origin requests`]
			: [])
	];
}

export function formatBenchSummary(results: BenchResults, file: string): string {
	const { dataBuild, largeLarcExtract: large } = results;
	const wasm = large.duckdbWasmNode;
	const { machine } = results;
	return [
		`Benchmark on ${machine.cpus.count} × ${machine.cpus.model}, Node ${machine.node}, ${machine.date}`,
		`Data build (default size)         ${ms(dataBuild.wallTime)}; Parquet total ${kb(dataBuild.totalSize)}`,
		...dataBuild.files.map(
			(f) => `  ${f.file.padEnd(32)} ${count(f.rows).padStart(9)} rows ${kb(f.size).padStart(10)}`
		),
		`Large LARC extract (--rows ${count(large.targetRows)}): ${count(large.larcRequests.rows)} rows, ${mb(large.larcRequests.size)}, generated in ${Math.round(large.generation.value)} ms`,
		`  parquet-wasm decode            ${ms(wasm.decode)}`,
		`  DuckDB-WASM insert             ${ms(wasm.insert)}`,
		`  waitingListAtMonthEnd, all     ${ms(wasm.waitingListAllLocalities)}`,
		`  waitingListAtMonthEnd, ${wasm.waitingListOneLocality.locality.padEnd(9)} ${ms(wasm.waitingListOneLocality)}`,
		`  RSS peak ${Math.round(wasm.memory.peakRss.value)} MB (before load ${Math.round(wasm.memory.rssBeforeLoad.value)} MB, after queries ${Math.round(wasm.memory.rssAfterQueries.value)} MB)`,
		...browserLines(results.browser),
		`Wrote ${file} in ${(results.benchmarkWallTime.value / 1000).toFixed(0)} s`,
		''
	].join('\n');
}
