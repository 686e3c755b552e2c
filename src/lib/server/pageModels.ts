/**
 * Every page model the server answers for, by the name in its endpoint (`/models/<page>`). Each
 * parses its own URL state, exactly as the page's universal load does in the browser.
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
import { loadInequalitiesModel } from '$lib/topics/inequalities/model';
import { parseInequalitiesState } from '$lib/topics/inequalities/state';

export interface ServerPageModel {
	/** The state the model is computed for (the cache key), from the URL's parameters. */
	state: (search: URLSearchParams) => unknown;
	load: (ctx: PageContext, state: never) => Promise<unknown>;
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
	inequalities: page(parseInequalitiesState, loadInequalitiesModel)
};
