/**
 * The ring pessary figures for the whole ICB, worked out by native DuckDB straight from the built
 * Parquet and manifest, written separately from the dashboard's queries: the tile and card must
 * show exactly these (under disclosure control).
 */
import { readFileSync } from 'node:fs';
import { openNativeDuckdb } from '../../support/nativeDuckdb';

/** The grace period the dashboard states: a change is overdue more than 28 days past due. */
const GRACE_DAYS = 28;

export interface PessaryWindowExpected {
	from: string;
	to: string;
	months: number;
	community: number;
	all: number;
}

export interface PessaryExpected {
	asAt: string;
	/** The last due date still overdue-able: more than 28 days before the as-at date. */
	dueBy: string;
	changesDue: number;
	changesOverdue: number;
	firstFitsWaiting: number;
	/** e.g. "Dec 2023": the first month in the monthly table. */
	firstCompleteMonth: string;
	before: PessaryWindowExpected;
	since: PessaryWindowExpected;
}

export async function pessaryExpected(): Promise<PessaryExpected> {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));
	const { from, to } = manifest.datasets.find(
		(d: { name: string }) => d.name === 'pessary_activity'
	).period;
	// Episodes are those due from `from`: the first month misses changes due earlier and done in
	// it, so the first complete month is the second.
	const firstComplete = `(date_trunc('month', DATE '${from}') + INTERVAL 1 MONTH)::DATE`;
	const native = await openNativeDuckdb();
	const [counts] = await native.rows(`
		WITH e AS (SELECT *, DATE '${to}' AS as_at FROM 'static/data/pessary_activity.parquet')
		SELECT strftime(max(as_at) - INTERVAL ${GRACE_DAYS + 1} DAY, '%Y-%m-%d') AS due_by,
			strftime(${firstComplete}, '%b %Y') AS first_complete,
			count(*) FILTER (WHERE episode_type = 'routine_change'
				AND date_diff('day', due_date, as_at) > ${GRACE_DAYS})::INTEGER AS changes_due,
			count(*) FILTER (WHERE episode_type = 'routine_change'
				AND date_diff('day', due_date, as_at) > ${GRACE_DAYS}
				AND coalesce(done_date, DATE '9999-12-31') > as_at)::INTEGER AS changes_overdue,
			count(*) FILTER (WHERE episode_type = 'first_fit' AND due_date <= as_at
				AND coalesce(done_date, DATE '9999-12-31') > as_at)::INTEGER AS first_fits_waiting
		FROM e`);
	// Before: the 12 months before the month the first hub opened, from the first complete month.
	// Since: the 12 months to the as-at date, from the month the first hub opened at the earliest.
	const windows = await native.rows(`
		WITH h AS (SELECT date_trunc('month', min(open_date))::DATE AS opened FROM 'static/data/hubs.parquet'),
		w AS (
			SELECT 'before' AS phase, greatest(${firstComplete}, opened - INTERVAL 12 MONTH)::DATE AS f,
				(opened - INTERVAL 1 DAY)::DATE AS t FROM h
			UNION ALL
			SELECT 'since', greatest(date_trunc('month', DATE '${to}') - INTERVAL 11 MONTH, opened)::DATE,
				DATE '${to}' FROM h
		)
		SELECT phase, strftime(f, '%Y-%m-%d') AS f, strftime(t, '%Y-%m-%d') AS t,
			(date_diff('month', f, t) + 1)::INTEGER AS months,
			count(e.episode_id) FILTER (WHERE e.setting <> 'secondary_care')::INTEGER AS community,
			count(e.episode_id)::INTEGER AS n
		FROM w LEFT JOIN 'static/data/pessary_activity.parquet' e ON e.done_date BETWEEN w.f AND w.t
		GROUP BY ALL`);
	native.close();
	const window = (phase: string): PessaryWindowExpected => {
		const r = windows.find((w) => w.phase === phase)!;
		return {
			from: String(r.f),
			to: String(r.t),
			months: Number(r.months),
			community: Number(r.community),
			all: Number(r.n)
		};
	};
	return {
		asAt: to,
		dueBy: String(counts.due_by),
		changesDue: Number(counts.changes_due),
		changesOverdue: Number(counts.changes_overdue),
		firstFitsWaiting: Number(counts.first_fits_waiting),
		firstCompleteMonth: String(counts.first_complete),
		before: window('before'),
		since: window('since')
	};
}

const monthYear = new Intl.DateTimeFormat('en-GB', {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** "December 2023 to June 2024 (7 months)". */
export function expectedWindowLabel(w: PessaryWindowExpected): string {
	const month = (iso: string) => monthYear.format(new Date(`${iso}T00:00:00Z`));
	return `${month(w.from)} to ${month(w.to)} (${w.months} months)`;
}

/** "2 October 2026". */
export function expectedDay(iso: string): string {
	return dayMonthYear.format(new Date(`${iso}T00:00:00Z`));
}
