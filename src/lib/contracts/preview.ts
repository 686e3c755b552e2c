/**
 * The preview of a change, as SQL through `AnalyticsDatabase` (engine-neutral, like the checks):
 * the checked upload (`upload_typed`) against the current version (`current_version`), both with
 * the reference tables loaded. Rows added and removed are counted by the contract's key.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { isSuppressedCount } from '$lib/stats/disclosure';
import type { DataContract } from './types';
import { TYPED_TABLE } from './valueChecks';

export const CURRENT_TABLE = 'current_version';

export interface PeriodCovered {
	from: string | null;
	to: string | null;
	completeFrom: string | null;
}

export interface TotalsRow {
	locality: string;
	category: string;
	before: number;
	after: number;
	/** After the change the total is 1–7, so the dashboard will show it as *. */
	small: boolean;
}

export interface ChangePreview {
	rowsBefore: number;
	rowsAfter: number;
	added: number;
	removed: number;
	periodBefore: PeriodCovered;
	periodAfter: PeriodCovered;
	categoryLabel: string;
	totals: TotalsRow[];
}

async function periodOf(db: AnalyticsDatabase, contract: DataContract, table: string) {
	const p = contract.period;
	if (!p) return { from: null, to: null, completeFrom: null };
	const [row] = await db.rows(
		`SELECT (${p.from})::VARCHAR AS "from", (${p.to})::VARCHAR AS "to",
		(${p.completeFrom ?? 'NULL'})::VARCHAR AS complete_from FROM ${table}`
	);
	return {
		from: row.from as string | null,
		to: row.to as string | null,
		completeFrom: row.complete_from as string | null
	};
}

const count = async (db: AnalyticsDatabase, sql: string) =>
	Number((await db.rows(`SELECT count(*)::INTEGER AS n FROM ${sql}`))[0].n);

export async function previewChange(
	db: AnalyticsDatabase,
	contract: DataContract
): Promise<ChangePreview> {
	const key = contract.key.map((k) => `"${k}"`).join(', ');
	const keysOf = (table: string) => `(SELECT ${key} FROM ${table})`;
	const totals = (table: string) => contract.totalsSql.replaceAll('{table}', table);
	const rows = await db.rows(
		`SELECT coalesce(a.locality, b.locality) AS locality, coalesce(a.category, b.category) AS category,
			coalesce(b.n, 0)::INTEGER AS before, coalesce(a.n, 0)::INTEGER AS after
		FROM (${totals(TYPED_TABLE)}) a FULL JOIN (${totals(CURRENT_TABLE)}) b
			ON a.locality = b.locality AND a.category = b.category
		ORDER BY 1, 2`
	);
	return {
		rowsBefore: await count(db, CURRENT_TABLE),
		rowsAfter: await count(db, TYPED_TABLE),
		added: await count(db, `(${keysOf(TYPED_TABLE)} EXCEPT ${keysOf(CURRENT_TABLE)})`),
		removed: await count(db, `(${keysOf(CURRENT_TABLE)} EXCEPT ${keysOf(TYPED_TABLE)})`),
		periodBefore: await periodOf(db, contract, CURRENT_TABLE),
		periodAfter: await periodOf(db, contract, TYPED_TABLE),
		categoryLabel: contract.categoryLabel,
		totals: rows.map((r) => ({
			locality: String(r.locality),
			category: String(r.category),
			before: Number(r.before),
			after: Number(r.after),
			small: isSuppressedCount(Number(r.after))
		}))
	};
}
