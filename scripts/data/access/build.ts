/**
 * The travel-time data for /access: travel origins, illustrative sites and their services, the
 * modelled matrix and the map boundaries. Returns one line for the build summary: the circuity
 * fit that the model's default factor comes from.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { TRAVEL_MODEL_DEFAULTS } from '../../../src/lib/facts';
import { buildMapBoundaries } from './boundaries';
import { calibrateCircuity, LONG_JOURNEY_FROM_KM } from './circuity';
import { buildAccessLsoa } from './origins';
import { buildSites } from './sites';
import { buildSiteLsoaMinutes } from './travelMatrix';

export async function buildAccessData(connection: DuckDBConnection): Promise<string> {
	await buildAccessLsoa(connection);
	await buildSites(connection);
	await buildSiteLsoaMinutes(connection);
	await buildMapBoundaries(connection);
	const { fit, longJourneys, excluded } = await calibrateCircuity(connection);
	const round = (x: number) => x.toFixed(2);
	const warning =
		round(longJourneys.factor) === round(TRAVEL_MODEL_DEFAULTS.circuity)
			? ''
			: ` — differs from the default ${TRAVEL_MODEL_DEFAULTS.circuity} in src/lib/facts.ts`;
	return (
		`Circuity (IoD 2019 road distance to a GP ÷ straight line): ${round(longJourneys.factor)} from ` +
		`${LONG_JOURNEY_FROM_KM} km (${longJourneys.pairs} pairs, R² ${round(longJourneys.r2)}); ` +
		`all ${fit.pairs} pairs ${round(fit.factor)} (R² ${round(fit.r2)}; ${excluded} left out)${warning}`
	);
}
