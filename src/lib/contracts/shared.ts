/** Columns and rules shared by the contracts: practice, PCN, LSOA and service codes. */
import type { ContractColumn, ContractRule } from './types';

export const practiceCode: ContractColumn = {
	name: 'practice_code',
	type: 'VARCHAR',
	required: true,
	reference: { table: 'practices', column: 'practice_code', label: 'practice code' },
	meaning: 'registered GP practice (ODS code)'
};

export const pcnCode: ContractColumn = {
	name: 'pcn_code',
	type: 'VARCHAR',
	required: true,
	reference: { table: 'pcns', column: 'pcn_code', label: 'PCN code' },
	meaning: "the practice's primary care network"
};

export const lsoaCode: ContractColumn = {
	name: 'lsoa21_code',
	type: 'VARCHAR',
	required: true,
	reference: { table: 'geography_lsoa', column: 'lsoa21_code', label: 'Mid and South Essex LSOA' },
	meaning: 'LSOA 2021'
};

/** The PCN on a row must be its practice's PCN (practices table, PCN membership 2022/23). */
export const PCN_OF_PRACTICE: ContractRule = {
	id: 'pcn-of-practice',
	column: 'pcn_code',
	failing: `practice_code IN (SELECT practice_code FROM practices) AND pcn_code IS DISTINCT FROM
		(SELECT p.pcn_code FROM practices p WHERE p.practice_code = {table}.practice_code)`,
	message: "The PCN code is not the practice's PCN"
};

/** A service of the catalogue (data/service_catalogue.csv). */
export const serviceCode: ContractColumn = {
	name: 'service_code',
	type: 'VARCHAR',
	required: true,
	reference: {
		table: 'service_catalogue',
		column: 'service_code',
		label: 'service in the catalogue'
	},
	meaning: 'a service of service_catalogue'
};

/** A month column holds the first day of its month. */
export const FIRST_OF_MONTH: ContractRule = {
	id: 'first-of-month',
	column: 'month',
	failing: 'day(month) <> 1',
	message: 'The month is not the first day of a month'
};

/** Codes the dashboard fixes, as a SQL list (they come from the code, never from an upload). */
export const sqlList = (values: readonly string[]) =>
	values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');

/** The window of a monthly extract: its first month to the end of its last. */
export const MONTHLY_PERIOD = {
	from: 'min(month)',
	to: '(max(month) + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE'
};
