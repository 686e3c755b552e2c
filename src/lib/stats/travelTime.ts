/**
 * The modelled car travel time from a small area to a site, used where no routed travel-time
 * matrix exists (DfT Journey Time Statistics ended with 2019 data on 2011 LSOAs):
 *
 *   minutes = terminal minutes + straight-line km × circuity ÷ speed (km/h) × 60,
 *
 * with the speed chosen by the rural-urban class of the area the journey starts from. The
 * constants, their sources and the circuity fit are in src/lib/facts.ts and data/README.md.
 */

/** Mean radius of the Earth in km (IUGG), the usual constant for the haversine distance. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
	lat: number;
	lon: number;
}

/** Great-circle ("straight-line") distance in km between two WGS84 points (haversine). */
export function haversineKm(a: LatLon, b: LatLon): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The two broad classes of the ONS rural-urban classification 2021 (the `ruc` column). */
export type RuralUrban = 'Urban' | 'Rural';

export interface TravelModelConstants {
	/** Road distance ÷ straight-line distance. */
	circuity: number;
	/** Average door-to-door driving speed starting from an urban area, km/h. */
	urbanKmh: number;
	/** The same from a rural area, km/h. */
	ruralKmh: number;
	/** Minutes added to every journey: to and from the car, parking. */
	terminalMinutes: number;
}

/** Modelled minutes by car for a straight-line distance starting in an area of the given class. */
export function modelledCarMinutes(
	straightKm: number,
	origin: RuralUrban,
	constants: TravelModelConstants
): number {
	const kmh = origin === 'Rural' ? constants.ruralKmh : constants.urbanKmh;
	return constants.terminalMinutes + ((straightKm * constants.circuity) / kmh) * 60;
}

/** The `source` of every modelled row of site_lsoa_minutes; a routed matrix names its own. */
export const MODELLED_SOURCE = 'modelled';

export interface TravelOrigin extends LatLon {
	ruralUrban: RuralUrban;
}

/**
 * Modelled minutes from every origin to every site, site-major: minutes[site × origins + origin].
 */
export function modelledMinutesMatrix(
	origins: readonly TravelOrigin[],
	sites: readonly LatLon[],
	constants: TravelModelConstants
): Float64Array {
	const minutes = new Float64Array(origins.length * sites.length);
	sites.forEach((site, s) => {
		origins.forEach((origin, o) => {
			minutes[s * origins.length + o] = modelledCarMinutes(
				haversineKm(origin, site),
				origin.ruralUrban,
				constants
			);
		});
	});
	return minutes;
}
