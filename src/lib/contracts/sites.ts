/** The sites list: every place a service could be offered from (data/README.md). */
import { LOCALITIES } from '$lib/data/datasets';
import { SITE_TYPES } from '$lib/data/siteServices';
import { PCN_OF_PRACTICE, pcnCode, practiceCode } from './shared';
import type { DataContract } from './types';

/**
 * How far outside the ICB's LSOA centroids a site may be, in degrees of latitude or longitude
 * (about 11 km north to south, 7 km east to west): the hospitals and border practices sit within
 * it; a swapped latitude and longitude or a typing slip does not.
 */
const AREA_MARGIN_DEGREES = 0.1;

const outside = (column: 'lat' | 'lon') =>
	`${column} NOT BETWEEN (SELECT min(centroid_${column}) - ${AREA_MARGIN_DEGREES} FROM geography_lsoa)
		AND (SELECT max(centroid_${column}) + ${AREA_MARGIN_DEGREES} FROM geography_lsoa)`;

export const sitesContract: DataContract = {
	dataset: 'sites',
	row: 'one site a service could be offered from',
	columns: [
		{ name: 'site_id', type: 'VARCHAR', required: true, meaning: 'practice or trust site code' },
		{ name: 'site_name', type: 'VARCHAR', required: true, meaning: 'the site’s name' },
		{
			name: 'site_type',
			type: 'VARCHAR',
			required: true,
			values: SITE_TYPES,
			meaning: 'hub, spoke, acute (a hospital) or practice'
		},
		{ ...practiceCode, required: false, meaning: 'the practice; empty for hospitals' },
		{ ...pcnCode, required: false, meaning: 'the practice’s PCN; empty for hospitals' },
		{
			name: 'locality',
			type: 'VARCHAR',
			required: false,
			values: LOCALITIES,
			meaning: 'the practice’s locality; empty for hospitals'
		},
		{ name: 'lat', type: 'DOUBLE', required: true, meaning: 'latitude (WGS84)' },
		{ name: 'lon', type: 'DOUBLE', required: true, meaning: 'longitude (WGS84)' },
		{ name: 'source', type: 'VARCHAR', required: true, meaning: 'where the site list comes from' }
	],
	key: ['site_id'],
	rules: [
		{
			id: 'practice-site-id',
			column: 'practice_code',
			failing: "site_type <> 'acute' AND practice_code IS DISTINCT FROM site_id",
			message: 'A hub, spoke or practice site must have its practice code as its site_id'
		},
		{
			id: 'hospital-practice',
			column: 'practice_code',
			failing:
				"site_type = 'acute' AND (practice_code IS NOT NULL OR pcn_code IS NOT NULL OR locality IS NOT NULL)",
			message: 'A hospital site has no practice code, PCN or locality'
		},
		{
			...PCN_OF_PRACTICE,
			failing: `site_type <> 'acute' AND ${PCN_OF_PRACTICE.failing}`
		},
		{
			id: 'locality-of-practice',
			column: 'locality',
			failing: `practice_code IN (SELECT practice_code FROM practices) AND locality IS DISTINCT FROM
				(SELECT p.locality FROM practices p WHERE p.practice_code = {table}.practice_code)`,
			message: "The locality is not the practice's locality"
		},
		{
			// /access needs car minutes from every LSOA to every site (site_lsoa_minutes follows the
			// build), so a new site waits for its travel times.
			id: 'no-travel-times',
			column: 'site_id',
			failing: "site_id NOT IN (SELECT site_id FROM site_lsoa_minutes WHERE mode = 'car')",
			message: 'The site has no car travel times in site_lsoa_minutes: add them to the build first'
		},
		{
			id: 'outside-area',
			column: 'lat',
			failing: `${outside('lat')} OR ${outside('lon')}`,
			message: 'The site is not in or near Mid and South Essex (check lat and lon)'
		}
	],
	totalsSql: `SELECT coalesce(t.locality, 'Hospitals') AS locality, t.site_type AS category,
		count(*)::INTEGER AS n FROM {table} t GROUP BY ALL`,
	categoryLabel: 'site type'
};
