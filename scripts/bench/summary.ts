/** The short human summary printed after a run; results.json holds every sample. */
import type { Repeated, Single, WithFirstRun } from './measurement';
import type { BenchResults, RatioToBaseline, ServerModelComparison } from './results';
import type { FilterTiming } from './browserTimings';

const whole = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (m: Repeated) =>
	`${whole(m.median)} ms median (min ${whole(m.min)}, max ${whole(m.max)}, n=${m.runs})`;
const firstThen = (m: WithFirstRun, repeats: string) =>
	`${whole(m.firstRun)} ms first; ${repeats} ${ms(m)}`;
const kb = (s: Single) => `${(s.value / 1024).toFixed(1)} kB`;
const mb = (s: Single) => `${(s.value / 1024 / 1024).toFixed(1)} MB`;
const line = (label: string, value: string) => `  ${label.padEnd(34)} ${value}`;
const cell = (text: string, width: number) => text.padStart(width);

function browserLines(browser: BenchResults['browser']): string[] {
	if (browser.status === 'skipped') return [`Browser: skipped (${browser.reason})`];
	const header = [
		'network'.padEnd(18),
		'page'.padEnd(6),
		'cache',
		cell('first number', 13),
		cell('kB before it', 13),
		cell('all charts', 11),
		cell('kB in all', 10),
		cell('CLS', 6)
	].join(' ');
	const rows = browser.pageLoads.map((p) =>
		[
			p.network.padEnd(18),
			p.page.padEnd(6),
			p.cache.padEnd(5),
			cell(`${whole(p.firstNumber.median)} ms`, 13),
			cell((p.bytesBeforeFirstNumber.median / 1024).toFixed(1), 13),
			cell(`${whole(p.allCharts.median)} ms`, 11),
			cell((p.bytesTotal.median / 1024).toFixed(1), 10),
			cell(p.cls.median.toFixed(3), 6)
		].join(' ')
	);
	const filter = browser.larcFilterChange;
	const engine = browser.larcBrowserEngine;
	const filterLine = (label: string, f: FilterTiming) =>
		line(label, `p50 ${whole(f.p50)} ms, p95 ${whole(f.p95)} ms (n=${f.runs})`);
	return [
		`Browser: headless Chromium, ${whole(browser.servedLarcRows)} LARC rows served; medians of ${browser.pageLoads[0]?.firstNumber.runs ?? 0} loads, measured in the page`,
		...(browser.appBuild ? [line('vite build', `${whole(browser.appBuild.value)} ms`)] : []),
		`  ${header}`,
		...rows.map((r) => `  ${r}`),
		...(filter.status === 'measured'
			? [
					filterLine('/larc filter → server navigation', filter.uncachedModel),
					filterLine('  same, model already cached', filter.cachedModel)
				]
			: [line('/larc filter change', `skipped: ${filter.reason}`)]),
		...(engine.status === 'measured'
			? [
					line('browser engine ready after', `${whole(engine.engineReady.value)} ms`),
					line('  first filter change in it', `${whole(engine.firstChange.value)} ms`),
					filterLine('/larc filter → browser engine', engine.changes)
				]
			: [line('/larc filter in the browser', `skipped: ${engine.reason}`)]),
		...(browser.foreignRequests.length > 0
			? [`  WARNING: ${browser.foreignRequests.length} requests left the dashboard's origin`]
			: [])
	];
}

function engineLines(label: string, c: ServerModelComparison): string[] {
	const pair = (n: Repeated, w: Repeated) =>
		`native ${whole(n.median)} ms, WASM ${whole(w.median)} ms (medians)`;
	const base = c.plainJs.waitingList.median;
	const times = (r: RatioToBaseline) =>
		`waiting list ×${r.waitingList}, by definition ×${r.waitingListDefinition}, model ×${r.larcModel}`;
	const queries = Object.entries(c.native.larcModelQueries)
		.sort(([, a], [, b]) => b - a)
		.map(([name, ms]) => `${name} ${whole(ms)}`)
		.join(', ');
	return [
		`/larc page model, ${label} (${whole(c.larcRows)} LARC rows), native DuckDB vs DuckDB-WASM in Node:`,
		line(
			'load all datasets',
			`native ${whole(c.native.load.value)} ms, WASM ${whole(c.duckdbWasmNode.load.value)} ms (×${c.nativeOverWasm.load})`
		),
		line(
			'waitingListAtMonthEnd, all',
			`${pair(c.native.waitingList, c.duckdbWasmNode.waitingList)} (×${c.nativeOverWasm.waitingList})`
		),
		line(
			'  by its plain definition',
			pair(c.native.waitingListDefinition, c.duckdbWasmNode.waitingListDefinition)
		),
		line(
			'loadLarcModel, default state',
			`${pair(c.native.larcModel, c.duckdbWasmNode.larcModel)} (×${c.nativeOverWasm.larcModel}); first native ${whole(c.native.larcModel.firstRun)} ms; native CPU ${whole(c.native.larcModelCpu.value)} ms`
		),
		line('  native, one query at a time (ms)', queries),
		line(
			'plain-JS baseline (waiting list)',
			`${whole(base)} ms median after reading the Parquet in ${whole(c.plainJs.read.value)} ms`
		),
		line('  native ÷ baseline', times(c.overPlainJs.native)),
		line('  WASM ÷ baseline', times(c.overPlainJs.duckdbWasmNode)),
		line(
			'RSS after load',
			`native ${whole(c.native.rss.afterLoad.value)} MB (before ${whole(c.native.rss.beforeLoad.value)}, after models ${whole(c.native.rss.afterModels.value)}), WASM ${whole(c.duckdbWasmNode.rss.afterLoad.value)} MB (before ${whole(c.duckdbWasmNode.rss.beforeLoad.value)})`
		)
	];
}

function wasmLines(large: BenchResults['largeLarcExtract']): string[] {
	if ('status' in large) return [`Large LARC extract: skipped (${large.reason})`];
	const head = `Large LARC extract (--rows ${whole(large.targetRows)}): ${whole(large.larcRequests.rows)} rows, ${mb(large.larcRequests.size)}, built in ${whole(large.generation.value)} ms`;
	const wasm = large.duckdbWasmNode;
	if ('status' in wasm) return [head, `  DuckDB-WASM load: skipped (${wasm.reason})`];
	const memory = wasm.memory;
	return [
		head,
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
		)
	];
}

function uploadLines(upload: BenchResults['uploadChecks']): string[] {
	if (upload.status === 'skipped') return [`Upload checks: skipped (${upload.reason})`];
	const b = upload.browser;
	const server = [upload.server.parquet, upload.server.csv].flatMap((s) => [
		line(`server: read ${s.file} (${mb(s.size)})`, ms(s.read)),
		line('  check', `${ms(s.check)}; ${s.checkOverRead} × the read`),
		line('  check, preview, store', ms(s.checkAndPreview))
	]);
	return [
		`Upload checks, ${whole(upload.larcRows)} LARC rows:`,
		...server,
		line('make current', ms(upload.makeCurrent)),
		...(b.status === 'measured'
			? [
					line(
						'browser: engine start + first check',
						`${whole(b.engineStartAndFirstCheck.value)} ms`
					),
					...b.files.map((f) => line(`browser: check ${f.file}`, ms(f.check)))
				]
			: [line('browser', `skipped: ${b.reason}`)])
	];
}

function accessLines(access: BenchResults['accessPlanner']): string[] {
	if (access.status === 'skipped') return [`/access planner: skipped (${access.reason})`];
	const b = access.browser;
	return [
		`/access planner, ${access.areas} LSOAs × ${access.sites} sites, pure functions in Node:`,
		line('scenario recompute (nearest, coverage)', ms(access.node.scenarioRecompute)),
		line('scenario, all card models', ms(access.node.scenarioCards)),
		line('modelled matrix', ms(access.node.matrix)),
		line('map geometry (720 paths)', ms(access.node.mapGeometry)),
		line('suggest 5 spokes', ms(access.node.suggestFiveSpokes)),
		...(b.status === 'measured'
			? [
					line('browser: first contentful paint', ms(b.firstContentfulPaint)),
					line('browser: hydrated', ms(b.hydrated)),
					line('browser: spoke switched on → redrawn', ms(b.spokeToggle))
				]
			: [line('browser', `skipped: ${b.reason}`)])
	];
}

export function formatBenchSummary(results: BenchResults, file: string): string {
	const { machine, dataBuild, serverModel } = results;
	return [
		`Benchmark: ${machine.cpus.count} × ${machine.cpus.model}, Node ${machine.node}, load ${machine.loadAverage[0]}, ${machine.date}`,
		...('status' in dataBuild
			? [`Data build: skipped (${dataBuild.reason})`]
			: [
					`Data build, default size: ${ms(dataBuild.wallTime)}; Parquet ${kb(dataBuild.totalSize)} in all`,
					...dataBuild.files.map((f) =>
						line(f.file, `${whole(f.rows).padStart(9)} rows ${kb(f.size).padStart(10)}`)
					)
				]),
		...wasmLines(results.largeLarcExtract),
		...(serverModel.status === 'measured'
			? [
					...engineLines('default extract', serverModel.defaultExtract),
					...engineLines('large extract', serverModel.millionRowExtract)
				]
			: [`Server page model: skipped (${serverModel.reason})`]),
		...browserLines(results.browser),
		...accessLines(results.accessPlanner),
		...uploadLines(results.uploadChecks),
		`Wrote ${file} (${(results.benchmarkWallTime.value / 1000).toFixed(0)} s in all)`,
		''
	].join('\n');
}
