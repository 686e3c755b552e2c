/**
 * Every page model the server answers for, by the name in its endpoint (`/models/<page>`) and the
 * path of its page. Each parses its own URL state, exactly as the page's universal load does in
 * the browser, and is cached alike, so the model endpoint and the routes that serve files made from
 * a page (a card's CSV or XLSX) find the very model the page was drawn from.
 */
import type { PageContext } from '$lib/data/pageContext';
import { loadOverviewModel } from '$lib/topics/overview/model';
import { parseOverviewState } from '$lib/topics/overview/state';
import { loadLarcModel } from '$lib/topics/larc/model';
import { parseLarcState } from '$lib/topics/larc/state';
import { loadCancerModel } from '$lib/topics/cancer/model';
import { parseCancerState } from '$lib/topics/cancer/state';
import { loadRttModel } from '$lib/topics/rtt/model';
import { parseRttState } from '$lib/topics/rtt/state';
import { loadAccessModel, type AccessModel } from '$lib/topics/access/model';
import { minutesMatrix } from '$lib/topics/access/travelMatrix';
import { accessView } from '$lib/topics/access/view';
import { parseAccessState } from '$lib/topics/access/state';
import { loadServicesModel } from '$lib/topics/services/model';
import { parseServicesState } from '$lib/topics/services/state';
import { loadBoardPackModel } from '$lib/boardPack/model';
import { parseBoardPackState } from '$lib/boardPack/state';
import { loadInequalitiesModel } from '$lib/topics/inequalities/model';
import { parseInequalitiesState } from '$lib/topics/inequalities/state';
import { cachedPageModel } from './modelCache';
import { serverPageContext } from './pageContext';

export interface ServerPageModel {
	/** The state the model is computed for, from the URL's parameters. */
	state: (search: URLSearchParams) => unknown;
	load: (ctx: PageContext, state: never) => Promise<unknown>;
	/** The part of the state the model depends on, when that is not all of it (the cache key). */
	cacheKey?: (state: never) => unknown;
	/**
	 * What the page draws its cards from, when that is not the model itself: the page's card
	 * downloads are found there. /access computes its cards from the model and the scenario.
	 */
	cards?: (model: never, state: never) => unknown;
}

const page = <S>(
	parse: (search: URLSearchParams) => { state: S },
	load: (ctx: PageContext, state: S) => Promise<unknown>
): ServerPageModel => ({
	state: (search) => parse(search).state,
	load: load as ServerPageModel['load']
});

export const PAGE_MODELS: Record<string, ServerPageModel> = {
	overview: page(parseOverviewState, loadOverviewModel),
	larc: page(parseLarcState, loadLarcModel),
	cancer: page(parseCancerState, loadCancerModel),
	rtt: page(parseRttState, loadRttModel),
	services: page(parseServicesState, loadServicesModel),
	// The travel data depend only on the model's constants; the page computes the scenario from them.
	access: {
		...page(parseAccessState, loadAccessModel),
		cacheKey: (state: ReturnType<typeof parseAccessState>['state']) => state.constants,
		cards: (model: AccessModel, state: ReturnType<typeof parseAccessState>['state']) =>
			accessView(model.data, minutesMatrix(model.data), state)
	},
	'board-pack': page(parseBoardPackState, loadBoardPackModel),
	inequalities: page(parseInequalitiesState, loadInequalitiesModel)
};

/** The model named `name` for these parameters on the server's current data; null if none. */
export async function serverPageModel(
	name: string,
	search: URLSearchParams
): Promise<{ ctx: PageContext; model: unknown; cards: unknown } | null> {
	const source = Object.hasOwn(PAGE_MODELS, name) ? PAGE_MODELS[name] : undefined;
	if (!source) return null;
	const ctx = await serverPageContext();
	const state = source.state(search);
	const key = source.cacheKey ? source.cacheKey(state as never) : state;
	const model = await cachedPageModel(ctx, name, key, () => source.load(ctx, state as never));
	return { ctx, model, cards: source.cards ? source.cards(model as never, state as never) : model };
}

const nameOf = (path: string) => (path === '/' ? 'overview' : path.replace(/^\//, ''));

/** The model of the page at `path` (e.g. `/larc`, `/` for the overview); null for no page. */
export async function pageModel(path: string, search: URLSearchParams): Promise<unknown | null> {
	return (await serverPageModel(nameOf(path), search))?.model ?? null;
}

/** What the page at `path` draws its cards from, downloads included; null for no page. */
export async function pageCards(path: string, search: URLSearchParams): Promise<unknown | null> {
	return (await serverPageModel(nameOf(path), search))?.cards ?? null;
}
