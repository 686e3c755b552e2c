/**
 * `tsx scripts/bench/serverModelChild.ts <native|wasm|plain-js> <dataDir> <runs>`: one engine's
 * figures (scripts/bench/serverModel.ts), or the plain-JavaScript baseline
 * (scripts/bench/plainJsBaseline.ts), as JSON on stdout, from a process of its own so its memory
 * is its own.
 */
import { measurePlainJs } from './plainJsBaseline';
import { measureServerModel, type ChildMode } from './serverModel';

const MODES: readonly ChildMode[] = ['native', 'wasm', 'plain-js'];
const [mode, dataDir, runs] = process.argv.slice(2);
if (!MODES.includes(mode as ChildMode) || !dataDir || !Number(runs)) {
	process.stderr.write(
		'Usage: tsx scripts/bench/serverModelChild.ts <native|wasm|plain-js> <dataDir> <runs>\n'
	);
	process.exit(2);
}
const work =
	mode === 'plain-js'
		? measurePlainJs(dataDir, Number(runs))
		: measureServerModel(mode as 'native' | 'wasm', dataDir, Number(runs));
work.then(
	(result) => process.stdout.write(JSON.stringify(result)),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(1);
	}
);
