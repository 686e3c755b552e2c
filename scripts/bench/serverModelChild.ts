/**
 * `tsx scripts/bench/serverModelChild.ts <native|wasm> <dataDir> <runs>`: one engine's figures
 * (scripts/bench/serverModel.ts) as JSON on stdout, from a process of its own so its memory is
 * its own.
 */
import { measureServerModel, type Engine } from './serverModel';

const [engine, dataDir, runs] = process.argv.slice(2);
if ((engine !== 'native' && engine !== 'wasm') || !dataDir || !Number(runs)) {
	process.stderr.write(
		'Usage: tsx scripts/bench/serverModelChild.ts <native|wasm> <dataDir> <runs>\n'
	);
	process.exit(2);
}
measureServerModel(engine as Engine, dataDir, Number(runs)).then(
	(result) => process.stdout.write(JSON.stringify(result)),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(1);
	}
);
