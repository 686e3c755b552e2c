/**
 * The /services page's state, held in the URL so a view can be shared
 * (`/services?locality=thurrock&services=phase-1&sort=ring_pessary&dir=desc`): the locality whose
 * PCNs the matrix lists, which services it shows, and the column it is sorted by. Rows stay
 * grouped by locality; a sort orders the PCNs within each locality. Whether a sort names a
 * service in the catalogue is known only from the data, so the page model reports that.
 */
import type { Locality } from '$lib/data/datasets';
import { LOCALITY_PARAM, localitySlug, parseLocalityParam } from '$lib/url/localityParam';
import { LOCALITIES } from '$lib/data/datasets';

export const SERVICE_GROUPS = ['all', 'core', 'local', 'phase-1'] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

export const SERVICE_GROUP_LABEL: Record<ServiceGroup, string> = {
	all: 'All services',
	core: 'National core services',
	local: 'Local services',
	'phase-1': 'Phase one services'
};

/** Sort by PCN name, or by a service's level (a service code). */
export const SORT_BY_PCN = 'pcn';
export type SortDirection = 'asc' | 'desc';

export interface ServicesState {
	locality: Locality | null;
	group: ServiceGroup;
	/** SORT_BY_PCN or a service code. */
	sort: string;
	dir: SortDirection;
}

export const DEFAULT_SERVICES_STATE: ServicesState = {
	locality: null,
	group: 'all',
	sort: SORT_BY_PCN,
	dir: 'asc'
};

export interface ParsedServicesState {
	state: ServicesState;
	/** One sentence per parameter that could not be used. */
	problems: string[];
}

const PARAM = { group: 'services', sort: 'sort', dir: 'dir' } as const;
const CODE = /^[a-z][a-z0-9_]*$/;

/** A PCN name reads A→Z first; a service's level reads best first. */
export function defaultDirection(sort: string): SortDirection {
	return sort === SORT_BY_PCN ? 'asc' : 'desc';
}

export function parseServicesState(params: URLSearchParams): ParsedServicesState {
	const problems: string[] = [];
	const state = { ...DEFAULT_SERVICES_STATE };

	const locality = parseLocalityParam(params);
	if (locality.kind === 'one') state.locality = locality.locality;
	else if (locality.kind === 'unknown') {
		// The form submits the name without JavaScript (`?locality=Mid+Essex`).
		const named = LOCALITIES.find((l) => l === locality.value) ?? null;
		if (named) state.locality = named;
		else problems.push(`"${locality.value}" is not a locality, so all localities are shown.`);
	}

	const group = params.get(PARAM.group);
	if (group && (SERVICE_GROUPS as readonly string[]).includes(group))
		state.group = group as ServiceGroup;
	else if (group)
		problems.push(`"${group}" is not a group of services, so all services are shown.`);

	const sort = params.get(PARAM.sort);
	if (sort && CODE.test(sort)) state.sort = sort;
	else if (sort) problems.push(`"${sort}" is not a column to sort by, so PCNs are sorted by name.`);

	const dir = params.get(PARAM.dir);
	if (dir === 'asc' || dir === 'desc') state.dir = dir;
	else {
		if (dir) problems.push(`"${dir}" is not a sort direction (asc or desc).`);
		state.dir = defaultDirection(state.sort);
	}
	return { state, problems };
}

/** The /services query string for a state, leaving out what is the default. */
export function servicesSearch(state: ServicesState): string {
	const params = new URLSearchParams();
	if (state.locality) params.set(LOCALITY_PARAM, localitySlug(state.locality));
	if (state.group !== 'all') params.set(PARAM.group, state.group);
	if (state.sort !== SORT_BY_PCN) params.set(PARAM.sort, state.sort);
	if (state.dir !== defaultDirection(state.sort)) params.set(PARAM.dir, state.dir);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** The state after choosing a column's sort: the same column flips, another starts its default. */
export function sortedBy(state: ServicesState, sort: string): ServicesState {
	const dir = state.sort === sort ? (state.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
	return { ...state, sort, dir };
}
