/**
 * Query functions pass each value once, by name: the shared SQL fragments name their parameters
 * and export the values for them, and a query whose SQL names a parameter it is not given fails
 * before anything reaches the engine, saying which one.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyticsDatabase, SqlParam } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import { FILTERED_REQUESTS_CTE, larcFilterParams } from '$lib/queries/larcFilter';
import { RATE_AGES_CTE, rateAgesParams } from '$lib/queries/larcRateAges';
import {
	SUSPECTED_GYNAE_CANCER,
	USC_PUBLISHED_DEMAND_PARAMS,
	uscPublishedDemandSql
} from '$lib/queries/uscPublishedSql';

/** An engine that records what it is asked to run and answers with no rows. */
function recordingDatabase() {
	const calls: { sql: string; values: readonly SqlParam[] }[] = [];
	const db: AnalyticsDatabase = {
		async rows(sql, values = []) {
			calls.push({ sql, values });
			return [];
		},
		async close() {}
	};
	return { db, calls };
}

const FILTERED_COUNT_SQL = `WITH ${FILTERED_REQUESTS_CTE} SELECT count(*) AS n FROM filtered_requests`;

describe('named parameters in query functions', () => {
	it('binds the LARC filter once by name to every place its CTE uses it', async () => {
		const { db, calls } = recordingDatabase();
		await queryRows<{ n: number }>(
			db,
			FILTERED_COUNT_SQL,
			larcFilterParams({ locality: 'Thurrock', pcnCode: 'U1' })
		);
		expect(calls).toHaveLength(1);
		expect(calls[0].sql).not.toMatch(/\$/);
		// Locality, PCN and age band, each tested for NULL and then compared.
		expect(calls[0].values).toEqual(['Thurrock', 'Thurrock', 'U1', 'U1', null, null]);
	});

	it('binds one list of age bands per reason to the rate-ages CTE', async () => {
		const { db, calls } = recordingDatabase();
		await queryRows<{ n: number }>(
			db,
			`WITH ${RATE_AGES_CTE} SELECT count(*) AS n FROM rate_ages`,
			rateAgesParams('25-34')
		);
		expect(calls[0].values).toEqual(['[25-34]', '[25-34]']);
	});

	it("throws, naming it, when a real query's SQL names a parameter that is not given", async () => {
		const { db, calls } = recordingDatabase();
		await expect(queryRows(db, uscPublishedDemandSql('cancer_waiting_times'), {})).rejects.toThrow(
			'SQL parameter(s) not given: $gynaeCancerType'
		);
		// The rate-ages CTE's parameters are missing here: only the filter's are given.
		await expect(
			queryRows(
				db,
				`WITH ${FILTERED_REQUESTS_CTE}, ${RATE_AGES_CTE} SELECT count(*) AS n FROM filtered_requests`,
				larcFilterParams({})
			)
		).rejects.toThrow('SQL parameter(s) not given: $gynaecologicalBands, $contraceptiveBands');
		const { locality, ageBand } = larcFilterParams({ pcnCode: 'U1' });
		await expect(queryRows(db, FILTERED_COUNT_SQL, { locality, ageBand })).rejects.toThrow(
			'SQL parameter(s) not given: $pcn'
		);
		expect(calls).toEqual([]);
	});

	it('throws when a value is given that the SQL never uses', async () => {
		const { db, calls } = recordingDatabase();
		await expect(
			queryRows(db, uscPublishedDemandSql('cancer_waiting_times'), {
				...USC_PUBLISHED_DEMAND_PARAMS,
				locality: 'Thurrock'
			})
		).rejects.toThrow('SQL parameter(s) given but not used: locality');
		expect(calls).toEqual([]);
	});

	it('binds the USC demand definition with suspected gynaecological cancer, once by name', async () => {
		const { db, calls } = recordingDatabase();
		await queryRows(db, uscPublishedDemandSql('cancer_waiting_times'), USC_PUBLISHED_DEMAND_PARAMS);
		expect(calls[0].values).toEqual([SUSPECTED_GYNAE_CANCER, SUSPECTED_GYNAE_CANCER]);
	});
});
