/**
 * The four alliance localities. They are a local grouping, not a published code list
 * (data/reference/README.md, "Facts worth knowing"), so the grouping is written down here once.
 */
import type { Locality } from '../../src/lib/data/datasets';
import { sqlString } from './reference';

/** Local authority (LAD 2024 code) → locality. */
export const LOCALITY_BY_LAD: Readonly<Record<string, Locality>> = {
	E07000066: 'Basildon and Brentwood', // Basildon
	E07000068: 'Basildon and Brentwood', // Brentwood
	E07000067: 'Mid Essex', // Braintree
	E07000070: 'Mid Essex', // Chelmsford
	E07000074: 'Mid Essex', // Maldon
	E07000069: 'South East Essex', // Castle Point
	E07000075: 'South East Essex', // Rochford
	E06000033: 'South East Essex', // Southend-on-Sea
	E06000034: 'Thurrock' // Thurrock
};

/**
 * Sub-ICB location (the former CCGs) → locality. Each former CCG covered whole local authorities:
 * 99E Basildon and Brentwood; 06Q Mid Essex (Braintree, Chelmsford, Maldon); 99F Castle Point and
 * Rochford; 99G Southend; 07G Thurrock. tests/unit/geography.test.ts checks that this agrees with
 * LOCALITY_BY_LAD for all 720 LSOAs.
 */
export const LOCALITY_BY_SUB_ICB: Readonly<Record<string, Locality>> = {
	'99E': 'Basildon and Brentwood',
	'06Q': 'Mid Essex',
	'99F': 'South East Essex',
	'99G': 'South East Essex',
	'07G': 'Thurrock'
};

/** A two-column SQL VALUES relation (code, locality) for joining in SQL. */
export function localityValuesSql(mapping: Readonly<Record<string, Locality>>): string {
	const rows = Object.entries(mapping).map(
		([code, locality]) => `(${sqlString(code)}, ${sqlString(locality)})`
	);
	return `(VALUES ${rows.join(', ')}) AS locality_map(code, locality)`;
}
