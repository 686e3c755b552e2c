/**
 * sites and site_services: an illustrative hub-and-spoke configuration (not the real sites),
 * built from real locations so that the travel model has somewhere to measure to.
 * - hub: the host practice of each locality's hub in the `hubs` dataset (itself illustrative);
 * - spoke: in each PCN, the member practice nearest the mean position of the PCN's practices
 *   (never the hub's host);
 * - acute: the three hospital sites of Mid and South Essex NHS FT (NHS website 2019 locations);
 * - practice: every other active practice, offering none of the services: a candidate spoke for
 *   the planner.
 * Services offered (illustrative): hubs all four; spokes contraceptive LARC, ring pessary and
 * menopause care; hospitals LARC for gynaecological reasons and ring pessary.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SiteServiceCode, SiteType } from '../../../src/lib/data/siteServices';
import { haversineKm } from '../../../src/lib/stats/travelTime';
import { queryRows } from '../duckdb';
import { readReference } from '../reference';
import { createTableFromColumns } from '../writeParquet';

export const SERVICES_BY_SITE_TYPE: Readonly<Record<SiteType, readonly SiteServiceCode[]>> = {
	hub: ['larc_gynaecological', 'larc_contraceptive', 'ring_pessary', 'menopause'],
	spoke: ['larc_contraceptive', 'ring_pessary', 'menopause'],
	acute: ['larc_gynaecological', 'ring_pessary'],
	practice: []
};

/** The hospital each trust headquarters in the 2019 file stands for (the same site). */
const HOSPITAL_NAMES: Readonly<Record<string, string>> = {
	RAJ: 'Southend University Hospital',
	RDD: 'Basildon University Hospital',
	RQ8: 'Broomfield Hospital'
};

export const SITES_SOURCE = 'Illustrative configuration (not the real hub and spoke sites)';

interface SiteRow {
	site_id: string;
	site_name: string;
	site_type: SiteType;
	practice_code: string | null;
	pcn_code: string | null;
	locality: string | null;
	lat: number;
	lon: number;
}

interface Practice {
	code: string;
	name: string;
	pcn: string | null;
	locality: string;
	lat: number;
	lon: number;
}

/** In each PCN, the member practice nearest the mean position of its practices, not a hub. */
export function chooseSpokes(
	practices: readonly Practice[],
	hubCodes: ReadonlySet<string>
): Set<string> {
	const byPcn = new Map<string, Practice[]>();
	for (const p of practices) if (p.pcn) byPcn.set(p.pcn, [...(byPcn.get(p.pcn) ?? []), p]);
	const spokes = new Set<string>();
	for (const members of byPcn.values()) {
		const centre = {
			lat: members.reduce((s, p) => s + p.lat, 0) / members.length,
			lon: members.reduce((s, p) => s + p.lon, 0) / members.length
		};
		const candidates = members
			.filter((p) => !hubCodes.has(p.code))
			.sort(
				(a, b) => haversineKm(centre, a) - haversineKm(centre, b) || (a.code < b.code ? -1 : 1)
			);
		if (candidates.length > 0) spokes.add(candidates[0].code);
	}
	return spokes;
}

export async function buildSites(connection: DuckDBConnection): Promise<void> {
	const practices = await queryRows<Practice>(
		connection,
		`SELECT practice_code AS code, practice_name AS name, pcn_code AS pcn, locality, lat, lon
		FROM practices ORDER BY practice_code`
	);
	const hubs = await queryRows<{ code: string; name: string }>(
		connection,
		`SELECT DISTINCT host_practice_code AS code, hub_name AS name FROM hubs ORDER BY 1`
	);
	const hospitals = await queryRows<{ code: string; lat: number; lon: number }>(
		connection,
		`SELECT OrganisationCode AS code, CAST(Latitude AS DOUBLE) AS lat,
			CAST(Longitude AS DOUBLE) AS lon
		FROM ${readReference('acuteSites')} ORDER BY 1`
	);
	const hubName = new Map(hubs.map((h) => [h.code, h.name]));
	const spokes = chooseSpokes(practices, new Set(hubName.keys()));
	const sites: SiteRow[] = [
		...practices.map((p): SiteRow => {
			const type: SiteType = hubName.has(p.code)
				? 'hub'
				: spokes.has(p.code)
					? 'spoke'
					: 'practice';
			return {
				site_id: p.code,
				site_name: type === 'hub' ? `${hubName.get(p.code)} (${p.name})` : p.name,
				site_type: type,
				practice_code: p.code,
				pcn_code: p.pcn,
				locality: p.locality,
				lat: p.lat,
				lon: p.lon
			};
		}),
		...hospitals.map((h): SiteRow => {
			const name = HOSPITAL_NAMES[h.code];
			if (!name)
				throw new Error(`mse_acute_trusts_nhs_choices_2019_latlong.csv: unknown trust ${h.code}`);
			return {
				site_id: h.code,
				site_name: name,
				site_type: 'acute',
				practice_code: null,
				pcn_code: null,
				locality: null,
				lat: h.lat,
				lon: h.lon
			};
		})
	];
	await createTableFromColumns(connection, {
		name: 'sites',
		rowCount: sites.length,
		columns: [
			{ name: 'site_id', type: 'VARCHAR', value: (i) => sites[i].site_id },
			{ name: 'site_name', type: 'VARCHAR', value: (i) => sites[i].site_name },
			{ name: 'site_type', type: 'VARCHAR', value: (i) => sites[i].site_type },
			{ name: 'practice_code', type: 'VARCHAR', value: (i) => sites[i].practice_code },
			{ name: 'pcn_code', type: 'VARCHAR', value: (i) => sites[i].pcn_code },
			{ name: 'locality', type: 'VARCHAR', value: (i) => sites[i].locality },
			{ name: 'lat', type: 'DOUBLE', value: (i) => sites[i].lat },
			{ name: 'lon', type: 'DOUBLE', value: (i) => sites[i].lon },
			{ name: 'source', type: 'VARCHAR', value: () => SITES_SOURCE }
		]
	});
	const offers = sites.flatMap((site) =>
		SERVICES_BY_SITE_TYPE[site.site_type].map((service) => ({ site_id: site.site_id, service }))
	);
	await createTableFromColumns(connection, {
		name: 'site_services',
		rowCount: offers.length,
		columns: [
			{ name: 'site_id', type: 'VARCHAR', value: (i) => offers[i].site_id },
			{ name: 'service_code', type: 'VARCHAR', value: (i) => offers[i].service },
			{ name: 'source', type: 'VARCHAR', value: () => SITES_SOURCE }
		]
	});
}
