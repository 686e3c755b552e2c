/**
 * A data contract: everything an uploaded extract of one dataset must satisfy, written once and
 * used by the server's check (native DuckDB), the browser's check (DuckDB-WASM) and the data
 * dictionary (tests/unit/contractsDictionary.test.ts holds data/README.md to it).
 */
import type { DatasetName } from '$lib/data/datasets';

/** The only column types the dashboard's Parquet files use (data/README.md). */
export type ContractType = 'INTEGER' | 'DOUBLE' | 'DATE' | 'VARCHAR';

/** A reference table already in the data, whose codes a column must come from. */
export interface CodeReference {
	table: 'practices' | 'pcns' | 'geography_lsoa' | 'service_catalogue' | 'sites';
	column: string;
	/** How the code list is named in a message, e.g. "practice code". */
	label: string;
}

export interface ContractColumn {
	name: string;
	type: ContractType;
	/** A value must be present in every row. */
	required: boolean;
	/** Codes fixed by the dashboard (age bands, reasons…). */
	values?: readonly string[];
	/** Codes that must exist in a reference table. */
	reference?: CodeReference;
	/** A count: a whole number, never negative. */
	count?: boolean;
	/** Dates are checked from EARLIEST_DATE to today. */
	meaning: string;
}

/**
 * A rule across columns. `failing` is a SQL predicate over the typed columns of one row that is
 * true for a row breaking the rule; it is code, never built from the upload.
 */
export interface ContractRule {
	id: string;
	/** The column the problem is reported against. */
	column: string;
	failing: string;
	message: string;
}

/**
 * SQL aggregates over the typed upload giving the extract's reporting window (manifest period).
 * `{today}` stands for the check's date (never the engine's clock, which differs between engines).
 */
export interface PeriodSql {
	from: string;
	to: string;
	completeFrom?: string;
}

export interface DataContract {
	dataset: DatasetName;
	/** What one row is, in the dashboard's words. */
	row: string;
	columns: readonly ContractColumn[];
	/** Columns that identify a row: no two rows may share them. */
	key: readonly string[];
	rules: readonly ContractRule[];
	/** Absent for a dataset that covers no period (a list of sites, a log of changes). */
	period?: PeriodSql;
	/**
	 * The preview's totals before and after: a SELECT over table `{table}` (with the reference
	 * tables available) giving `locality`, `category` and `n` per group.
	 */
	totalsSql: string;
	/** What `category` is in the totals ("reason", "episode type"…). */
	categoryLabel: string;
}

/** Nothing in an extract is dated before this (the floor for date checks). */
export const EARLIEST_DATE = '2000-01-01';
