/** Columns and rules shared by the activity contracts: practice, PCN and LSOA codes. */
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
