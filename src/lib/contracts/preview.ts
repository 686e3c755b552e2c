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

async function periodOf(
	db: AnalyticsDatabase,
	contract: DataContract,
	table: string,
	today: string
) {
	const p = contract.period;
	if (!p) return { from: null, to: null, completeFrom: null };
	if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`Not an ISO date: ${today}`);
	const dated = (sql: string) => sql.replaceAll('{today}', `DATE '${today}'`);
	const [row] = await db.rows(
		`SELECT (${dated(p.from)})::VARCHAR AS "from", (${dated(p.to)})::VARCHAR AS "to",
		(${dated(p.completeFrom ?? 'NULL')})::VARCHAR AS complete_from FROM ${table}`
	);
	return {
		from: row.from as string | null,
		to: row.to as string | null,
		completeFrom: row.complete_from as string | null
	};
}

const count = async (db: AnalyticsDatabase, sql: string) =>
	Number((await db.rows(`SELECT count(*)::INTEGER AS n FROM ${sql}`))[0].n);

/** `today` (ISO date) is the check's date, which a reporting window may depend on. */
export async function previewChange(
	db: AnalyticsDatabase,
	contract: DataContract,
	today: string
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
		periodBefore: await periodOf(db, contract, CURRENT_TABLE, today),
		periodAfter: await periodOf(db, contract, TYPED_TABLE, today),
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
