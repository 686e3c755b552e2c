/**
 * Each page's model from its URL parameters, as its +page.server.ts computes it (cached alike),
 * for the routes that serve files made from a page: a card's XLSX or CSV is found in the very
 * model the page was drawn from.
 */
import { cachedPageModel } from './modelCache';
import { serverPageContext } from './pageContext';
import { loadOverviewModel } from '$lib/topics/overview/model';
import { parseOverviewState } from '$lib/topics/overview/state';
import { loadLarcModel } from '$lib/topics/larc/model';
import { parseLarcState } from '$lib/topics/larc/state';
import { loadCancerModel } from '$lib/topics/cancer/model';
import { parseCancerState } from '$lib/topics/cancer/state';
import { loadRttModel } from '$lib/topics/rtt/model';
import { parseRttState } from '$lib/topics/rtt/state';
import { loadBoardPackModel } from '$lib/boardPack/model';
import { parseBoardPackState } from '$lib/boardPack/state';
import type { PageContext } from '$lib/data/pageContext';

type ModelLoader = (ctx: PageContext, params: URLSearchParams) => Promise<unknown>;

function page<S>(
	path: string,
	parse: (params: URLSearchParams) => { state: S },
	load: (ctx: PageContext, state: S) => Promise<unknown>
): [string, ModelLoader] {
	return [
		path,
		(ctx, params) => {
			const { state } = parse(params);
			return cachedPageModel(ctx, path, state, () => load(ctx, state));
		}
	];
}

const PAGE_MODELS = new Map<string, ModelLoader>([
	page('/', parseOverviewState, loadOverviewModel),
	page('/larc', parseLarcState, loadLarcModel),
	page('/cancer', parseCancerState, loadCancerModel),
	page('/rtt', parseRttState, loadRttModel),
	page('/board-pack', parseBoardPackState, loadBoardPackModel)
]);

/** The model of the page at `path` for its parameters; null for a path that is not a page. */
export async function pageModel(path: string, params: URLSearchParams): Promise<unknown | null> {
	const load = PAGE_MODELS.get(path);
	return load ? load(await serverPageContext(), params) : null;
}
