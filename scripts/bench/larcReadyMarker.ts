/**
 * Whether the /larc page says when all its charts are drawn. The page is still being written, so
 * the benchmark reads its source and times a filter change there only if it has a marker like
 * `data-testid="larc-ready"` that carries the locality it was drawn for and a #locality filter.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type LarcPageMarker =
	| { kind: 'found'; route: string; redrawnFor: (locality: string) => string }
	| { kind: 'absent'; reason: string };

const PAGE = 'src/routes/larc/+page.svelte';

export async function findLarcReadyMarker(repoRoot: string): Promise<LarcPageMarker> {
	let source: string;
	try {
		source = await readFile(path.join(repoRoot, PAGE), 'utf8');
	} catch {
		return { kind: 'absent', reason: `${PAGE} does not exist` };
	}
	if (!/data-testid=["']larc-ready["']/.test(source)) {
		return { kind: 'absent', reason: `${PAGE} has no data-testid="larc-ready" marker yet` };
	}
	if (!source.includes('data-locality')) {
		return {
			kind: 'absent',
			reason: `the larc-ready marker in ${PAGE} has no data-locality, so a redraw cannot be told apart`
		};
	}
	if (!/id=["']locality["']/.test(source)) {
		return { kind: 'absent', reason: `${PAGE} has no #locality filter` };
	}
	return {
		kind: 'found',
		route: '/larc',
		redrawnFor: (locality) => `[data-testid="larc-ready"][data-locality="${locality}"]`
	};
}
