/**
 * Whether the /larc page says when all its charts are drawn. The page is still being written, so
 * the benchmark reads its source and times a filter change there only if it has a
 * `data-testid="larc-ready"` marker naming the area it was drawn for (`data-area` or
 * `data-locality`), and only if the build being served already has that marker.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export type LarcPageMarker =
	| { kind: 'found'; route: string; redrawnFor: (locality: string) => string }
	| { kind: 'absent'; reason: string };

const PAGE = 'src/routes/larc/+page.svelte';
const MARKER = 'larc-ready';

async function builtClientHasMarker(repoRoot: string): Promise<boolean> {
	const client = path.join(repoRoot, 'build', 'client');
	const files = await readdir(client, { recursive: true }).catch(() => []);
	for (const file of files.filter((f) => f.endsWith('.js'))) {
		if ((await readFile(path.join(client, file), 'utf8')).includes(MARKER)) return true;
	}
	return false;
}

export async function findLarcReadyMarker(repoRoot: string): Promise<LarcPageMarker> {
	const source = await readFile(path.join(repoRoot, PAGE), 'utf8').catch(() => undefined);
	if (source === undefined) return { kind: 'absent', reason: `${PAGE} does not exist` };
	if (!new RegExp(`data-testid=["']${MARKER}["']`).test(source)) {
		return { kind: 'absent', reason: `${PAGE} has no data-testid="${MARKER}" marker yet` };
	}
	const area = /data-(area|locality)=/.exec(source)?.[1];
	if (!area) {
		return {
			kind: 'absent',
			reason: `the ${MARKER} marker in ${PAGE} names no area (data-area or data-locality), so a redraw cannot be told apart`
		};
	}
	if (!(await builtClientHasMarker(repoRoot))) {
		return {
			kind: 'absent',
			reason: `build/ predates the ${MARKER} marker: run \`npm run build\` or pass --build`
		};
	}
	// While a new view loads the marker may stay in place with data-loading="true".
	const settled = source.includes('data-loading=') ? '[data-loading="false"]' : '';
	return {
		kind: 'found',
		route: '/larc',
		redrawnFor: (locality) => `[data-testid="${MARKER}"][data-${area}="${locality}"]${settled}`
	};
}
