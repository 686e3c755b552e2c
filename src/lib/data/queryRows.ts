/**
 * How every query function runs its SQL: parameters by name (`$locality`), each passed once, and
 * rows typed by the columns the SQL returns. A missing or unused parameter throws.
 */
import type { RowOf } from './arrowRows';
import type { AnalyticsDatabase } from './database';
import { bindNamedParams, type SqlParams } from './namedParams';

export async function queryRows<T extends RowOf<T>>(
	db: AnalyticsDatabase,
	sql: string,
	params: SqlParams = {}
): Promise<T[]> {
	const bound = bindNamedParams(sql, params);
	return (await db.rows(bound.sql, bound.values)) as T[];
}
