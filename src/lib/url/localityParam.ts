/**
 * The locality filter as it appears in the URL (`?locality=mid-essex`), so a view can be shared.
 * Unknown values are reported rather than silently ignored.
 */
import { LOCALITIES, type Locality } from '$lib/data/datasets';

export const LOCALITY_PARAM = 'locality';

export function localitySlug(locality: Locality): string {
	return locality.toLowerCase().replace(/ /g, '-');
}

const BY_SLUG = new Map(LOCALITIES.map((l) => [localitySlug(l), l]));

export type LocalityParam =
	{ kind: 'all' } | { kind: 'one'; locality: Locality } | { kind: 'unknown'; value: string };

export function parseLocalityParam(params: URLSearchParams): LocalityParam {
	const value = params.get(LOCALITY_PARAM);
	if (value === null || value === '' || value === 'all') return { kind: 'all' };
	const locality = BY_SLUG.get(value.toLowerCase());
	return locality ? { kind: 'one', locality } : { kind: 'unknown', value };
}

/** The query string for a locality choice, keeping any other parameters. */
export function withLocality(params: URLSearchParams, locality: Locality | undefined): string {
	const next = new URLSearchParams(params);
	if (locality) next.set(LOCALITY_PARAM, localitySlug(locality));
	else next.delete(LOCALITY_PARAM);
	const query = next.toString();
	return query ? `?${query}` : '?';
}
